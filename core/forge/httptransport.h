// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace driftdeck::forge {

struct HttpResponse
{
    long status = 0;
    QByteArray body;
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One synchronous HTTP(S) request over libcurl with TLS verification on, bounded time-outs and
// only http/https allowed. Transport failures come back in plain words ("network unreachable");
// any HTTP status is a response, not an error. Run it on a worker thread.
class HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(HttpTransport)

public:
    // `url` fully encoded; `body` sent when non-empty or when the method is POST/PUT/PATCH.
    Result<HttpResponse> request(const QByteArray &method, const QByteArray &url, const HttpHeaders &headers,
                                 const QByteArray &body = {}) const;

    void setTimeouts(int connectSeconds, int totalSeconds)
    {
        m_connectTimeout = connectSeconds;
        m_totalTimeout = totalSeconds;
    }
    // A PEM bundle of extra trusted CAs (company forges); empty uses the system store.
    void setCaBundle(const QString &path) { m_caBundle = path; }

private:
    int m_connectTimeout = 15;
    int m_totalTimeout = 60;
    QString m_caBundle;
};

} // namespace driftdeck::forge
