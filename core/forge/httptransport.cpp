// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/httptransport.h"

#include "core/common/curlhandle.h"

#include <QUrl>

namespace driftdeck::forge {

namespace {

size_t appendBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *body = static_cast<QByteArray *>(userdata);
    constexpr qsizetype kMaxBody = 32 * 1024 * 1024;
    if (body->size() + qsizetype(size * count) > kMaxBody)
        return 0; // refuse absurd answers instead of eating memory
    body->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

Result<HttpResponse> HttpTransport::request(const QByteArray &method, const QByteArray &url, const HttpHeaders &headers,
                                            const QByteArray &body) const
{
    const QString host = QUrl::fromEncoded(url).host();
    CurlEasy easy(curl_easy_init());
    if (!easy)
        return Error(tr("The network library could not be started."), QStringLiteral("curl_easy_init failed"));
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CurlSlist headerList;
    for (const auto &[name, value] : headers)
        curlAppend(headerList, QByteArray(name + ": " + value).constData());
    if (!body.isEmpty())
        curlAppend(headerList, "Content-Type: application/json");
    curlAppend(headerList, "Expect:");

    CURL *h = easy.get();
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caBundle = m_caBundle.toLocal8Bit();
    if (!caBundle.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(m_connectTimeout));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(m_totalTimeout));
    curl_easy_setopt(h, CURLOPT_USERAGENT, "Driftdeck/" DRIFTDECK_VERSION);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headerList.get());
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    if (method == "GET") {
        curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
    } else {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, long(body.size()));
    }

    const CURLcode code = curl_easy_perform(h);
    if (code != CURLE_OK) {
        const QString cause = QString::fromUtf8(curl_easy_strerror(code)) + u": " + QString::fromUtf8(errorBuffer);
        switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_RESOLVE_PROXY:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
            return Error(tr("Network unreachable: could not reach %1.").arg(host), cause);
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CONNECT_ERROR:
            return Error(tr("The secure connection to %1 failed: its certificate could not be verified.").arg(host), cause);
        default:
            return Error(tr("The request to %1 failed.").arg(host), cause);
        }
    }
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace driftdeck::forge
