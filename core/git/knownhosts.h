// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace driftdeck::git {

// OpenSSH known_hosts matching for SSH host-key checks (libgit2 hands the key's SHA-256 to the
// certificate callback). Supports plain and hashed (|1|salt|hash) host names, comma-separated
// patterns with * and ?, negated patterns, [host]:port entries and @revoked markers.
class KnownHosts
{
public:
    enum class Verdict {
        Trusted,  // a line for this host carries this key
        Mismatch, // lines for this host exist, none with this key (possible man in the middle)
        Unknown,  // no line for this host
        Revoked,  // the key is marked @revoked
    };

    // keySha256: SHA-256 of the server's public key blob (as in git_cert_hostkey::hash_sha256).
    static Verdict check(const QByteArray &knownHostsContent, const QString &host, int port, const QByteArray &keySha256);

    // The default file, ~/.ssh/known_hosts.
    static QString defaultPath();
    // OpenSSH's fingerprint notation for a key's SHA-256: "SHA256:" and unpadded base64.
    static QString fingerprint(const QByteArray &keySha256);
    // The name known_hosts uses for a host: "host" on port 22, "[host]:port" elsewhere.
    static QString hostPattern(const QString &host, int port);
};

} // namespace driftdeck::git
