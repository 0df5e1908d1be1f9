// SPDX-License-Identifier: GPL-3.0-or-later
#include "simhttp.h"

#include <openssl/pem.h>

namespace {

struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };

X509 *readCert(const std::string &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
}

EVP_PKEY *readKey(const std::string &pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
}

} // namespace

SimHttp::SimHttp(const kubesim::Server &server, std::string bearer, const std::string &certPem, const std::string &keyPem,
                 int readTimeoutSeconds)
    : m_server(server)
    , m_bearer(std::move(bearer))
    , m_certPem(certPem)
    , m_keyPem(keyPem)
{
    m_client = makeClient(readTimeoutSeconds);
}

SimHttp::~SimHttp() = default;

std::unique_ptr<httplib::ClientImpl> SimHttp::makeClient(int readTimeoutSeconds) const
{
    std::unique_ptr<httplib::ClientImpl> client;
    const std::string ca = m_server.caPem();
    if (ca.empty()) {
        client = std::make_unique<httplib::ClientImpl>("127.0.0.1", m_server.port());
    } else {
        std::unique_ptr<httplib::SSLClient> ssl;
        if (!m_certPem.empty()) {
            X509 *cert = readCert(m_certPem);
            EVP_PKEY *key = readKey(m_keyPem);
            ssl = std::make_unique<httplib::SSLClient>("127.0.0.1", m_server.port(), cert, key);
            X509_free(cert);
            EVP_PKEY_free(key);
        } else {
            ssl = std::make_unique<httplib::SSLClient>("127.0.0.1", m_server.port());
        }
        X509_STORE *store = X509_STORE_new();
        X509 *caCert = readCert(ca);
        X509_STORE_add_cert(store, caCert);
        X509_free(caCert);
        ssl->set_ca_cert_store(store);
        ssl->enable_server_certificate_verification(true);
        client = std::move(ssl);
    }
    client->set_read_timeout(readTimeoutSeconds, 0);
    client->set_connection_timeout(5, 0);
    client->set_keep_alive(true);
    return client;
}

httplib::Headers SimHttp::headers(const httplib::Headers &extra) const
{
    httplib::Headers h = extra;
    if (!m_bearer.empty())
        h.emplace("Authorization", "Bearer " + m_bearer);
    h.emplace("User-Agent", "tst_kubesim/v1.0 (linux/amd64)");
    return h;
}

SimHttp::Response SimHttp::convert(const httplib::Result &r) const
{
    Response out;
    if (!r)
        return out;
    out.status = r->status;
    out.body = r->body;
    out.headers = r->headers;
    return out;
}

SimHttp::Response SimHttp::get(const std::string &path, const httplib::Headers &extra)
{
    return convert(m_client->Get(path, headers(extra)));
}

SimHttp::Response SimHttp::post(const std::string &path, const std::string &body, const std::string &contentType)
{
    return convert(m_client->Post(path, headers(), body, contentType));
}

SimHttp::Response SimHttp::put(const std::string &path, const std::string &body)
{
    return convert(m_client->Put(path, headers(), body, "application/json"));
}

SimHttp::Response SimHttp::patch(const std::string &path, const std::string &body, const std::string &contentType)
{
    return convert(m_client->Patch(path, headers(), body, contentType));
}

SimHttp::Response SimHttp::del(const std::string &path)
{
    return convert(m_client->Delete(path, headers()));
}

WatchStream::WatchStream(SimHttp &http, const std::string &path)
    : m_client(http.makeClient(60))
{
    const httplib::Headers headers = http.headers();
    m_thread = std::thread([this, path, headers] {
        auto result = m_client->Get(
            path, headers,
            [this](const httplib::Response &response) {
                m_status = response.status;
                return true;
            },
            [this](const char *data, size_t len) {
                std::lock_guard lock(m_mutex);
                m_buffer.append(data, len);
                size_t nl;
                while ((nl = m_buffer.find('\n')) != std::string::npos) {
                    m_events.push_back(nlohmann::json::parse(m_buffer.substr(0, nl), nullptr, false));
                    m_buffer.erase(0, nl + 1);
                }
                return !m_stop;
            });
        (void)result;
        m_finished = true;
    });
}

WatchStream::~WatchStream()
{
    stop();
}

void WatchStream::stop()
{
    m_stop = true;
    m_client->stop();
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<nlohmann::json> WatchStream::events() const
{
    std::lock_guard lock(m_mutex);
    return m_events;
}

size_t WatchStream::count() const
{
    std::lock_guard lock(m_mutex);
    return m_events.size();
}
