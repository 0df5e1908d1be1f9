// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace kubesim {

struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;

// A throw-away certificate authority made at start: it signs the server certificate and the
// client certificates tests ask for, and verifies those client certificates.
class Pki
{
public:
    bool generate(std::string *error);

    X509 *caCert() const { return m_caCert.get(); }
    X509 *serverCert() const { return m_serverCert.get(); }
    EVP_PKEY *serverKey() const { return m_serverKey.get(); }
    std::string caPem() const;

    // PEM certificate and PEM private key with CN=user and one O per group.
    std::pair<std::string, std::string> issueClient(const std::string &user, const std::vector<std::string> &groups) const;

    static std::string certPem(X509 *cert);
    static std::string keyPem(EVP_PKEY *key);

private:
    X509Ptr m_caCert;
    PkeyPtr m_caKey;
    X509Ptr m_serverCert;
    PkeyPtr m_serverKey;
};

} // namespace kubesim
