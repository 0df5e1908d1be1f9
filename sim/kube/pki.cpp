// SPDX-License-Identifier: GPL-3.0-or-later
#include "pki.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace kubesim {

namespace {

struct BioFree { void operator()(BIO *p) const { BIO_free(p); } };

PkeyPtr makeKey()
{
    return PkeyPtr(EVP_EC_gen("P-256"));
}

bool addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

X509Ptr makeCert(EVP_PKEY *key, const std::string &cn, const std::vector<std::string> &orgs, X509 *issuer,
                 EVP_PKEY *issuerKey, const std::vector<std::pair<int, std::string>> &exts)
{
    X509Ptr cert(X509_new());
    if (!cert)
        return nullptr;
    X509_set_version(cert.get(), 2);
    unsigned char serialBytes[16];
    RAND_bytes(serialBytes, sizeof serialBytes);
    serialBytes[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serialBytes, sizeof serialBytes, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    for (const auto &o : orgs)
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(o.c_str()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.c_str()), -1, -1, 0);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    for (const auto &[nid, value] : exts) {
        if (!addExt(cert.get(), signer, nid, value.c_str()))
            return nullptr;
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

} // namespace

bool Pki::generate(std::string *error)
{
    m_caKey = makeKey();
    m_serverKey = makeKey();
    if (!m_caKey || !m_serverKey) {
        if (error)
            *error = "cannot generate EC keys";
        return false;
    }
    m_caCert = makeCert(m_caKey.get(), "kube-sim-ca", {}, nullptr, nullptr,
                        {{NID_basic_constraints, "critical,CA:TRUE"},
                         {NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature"},
                         {NID_subject_key_identifier, "hash"}});
    if (!m_caCert) {
        if (error)
            *error = "cannot create the CA certificate";
        return false;
    }
    m_serverCert = makeCert(m_serverKey.get(), "kube-sim", {}, m_caCert.get(), m_caKey.get(),
                            {{NID_basic_constraints, "critical,CA:FALSE"},
                             {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                             {NID_ext_key_usage, "serverAuth"},
                             {NID_authority_key_identifier, "keyid:always"},
                             {NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default"}});
    if (!m_serverCert) {
        if (error)
            *error = "cannot create the server certificate";
        return false;
    }
    return true;
}

std::string Pki::certPem(X509 *cert)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!cert || !bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<size_t>(len));
}

std::string Pki::keyPem(EVP_PKEY *key)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!key || !bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<size_t>(len));
}

std::string Pki::caPem() const
{
    return certPem(m_caCert.get());
}

std::pair<std::string, std::string> Pki::issueClient(const std::string &user, const std::vector<std::string> &groups) const
{
    if (!m_caCert)
        return {};
    PkeyPtr key = makeKey();
    if (!key)
        return {};
    X509Ptr cert = makeCert(key.get(), user, groups, m_caCert.get(), m_caKey.get(),
                            {{NID_basic_constraints, "critical,CA:FALSE"},
                             {NID_key_usage, "critical,digitalSignature,keyEncipherment"},
                             {NID_ext_key_usage, "clientAuth"},
                             {NID_authority_key_identifier, "keyid:always"}});
    if (!cert)
        return {};
    return {certPem(cert.get()), keyPem(key.get())};
}

} // namespace kubesim
