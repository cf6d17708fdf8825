#pragma once

#include <QByteArray>
#include <QString>

namespace dojo::live {

// The tokens in the tables' join links: the first 16 bytes of HMAC-SHA256(venue secret,
// "dojopool-join/1:" + table id), base64url without padding (docs/protocol.md). A token names
// its table; a new secret voids every token made before.
class JoinTokens
{
public:
    explicit JoinTokens(QByteArray secret = {});

    QString token(qint64 tableId) const;
    // Compared in constant time; always false without a secret.
    bool valid(qint64 tableId, const QString &token) const;

private:
    QByteArray m_secret;
};

// The table's join link: `base` (http://HOST:PORT, no trailing slash) + /t/<table>?k=<token>,
// the table's name percent-encoded.
QString joinUrl(const QString &base, const QString &tableName, const QString &token);

// Where phones reach this PC: `publicUrl` without its trailing slash when given, else
// http://<the first LAN IPv4 address>:<port> (loopback when the PC has no network).
QString reachableBase(quint16 port, const QString &publicUrl);

} // namespace dojo::live
