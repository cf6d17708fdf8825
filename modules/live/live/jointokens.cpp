#include "live/jointokens.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QNetworkInterface>
#include <QUrl>

namespace dojo::live {

namespace {

constexpr int kTokenBytes = 16;

} // namespace

JoinTokens::JoinTokens(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QString JoinTokens::token(qint64 tableId) const
{
    const QByteArray message = QByteArrayLiteral("dojopool-join/1:") + QByteArray::number(tableId);
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.left(kTokenBytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool JoinTokens::valid(qint64 tableId, const QString &token) const
{
    if (m_secret.isEmpty())
        return false;
    const QByteArray expected = this->token(tableId).toLatin1();
    const QByteArray given = token.toLatin1();
    if (given.size() != expected.size())
        return false;
    // No early exit: the time taken says nothing about how much of the token was right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ given[i]);
    return difference == 0;
}

QString joinUrl(const QString &base, const QString &tableName, const QString &token)
{
    return base + QStringLiteral("/t/") + QString::fromLatin1(QUrl::toPercentEncoding(tableName))
           + QStringLiteral("?k=") + token;
}

QString reachableBase(quint16 port, const QString &publicUrl)
{
    if (!publicUrl.trimmed().isEmpty()) {
        QString base = publicUrl.trimmed();
        while (base.endsWith(u'/'))
            base.chop(1);
        return base;
    }
    QString host = QStringLiteral("127.0.0.1");
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()
            && !address.isLinkLocal()) {
            host = address.toString();
            break;
        }
    }
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace dojo::live
