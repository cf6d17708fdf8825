#include "venue/joinsecret.h"

#include "venue/internal/venuetr.h"

#include <storage/venuerepository.h>

#include <QRandomGenerator>

#include <array>

namespace dojo::venue {

using internal::Tr;

namespace {

constexpr int kSecretBytes = 32;

QString madeSecret()
{
    std::array<quint32, kSecretBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words.data()), kSecretBytes).toHex());
}

Result<QByteArray> fromText(const QString &text)
{
    const QByteArray secret = QByteArray::fromHex(text.toLatin1());
    if (secret.size() != kSecretBytes)
        return Unexpected(Tr::tr("The venue's join secret in the database is damaged."));
    return secret;
}

} // namespace

Result<QByteArray> joinSecret(storage::Database &database, qint64 venueId)
{
    storage::VenueRepository venues(database);
    const Result<QString> stored = venues.joinSecret(venueId, madeSecret());
    if (!stored)
        return Unexpected(stored.error());
    return fromText(*stored);
}

Result<QByteArray> renewJoinSecret(storage::Database &database, qint64 venueId,
                                   const QString &actor)
{
    const QString secret = madeSecret();
    storage::VenueRepository venues(database);
    if (Result<void> stored = venues.setJoinSecret(venueId, secret, actor); !stored)
        return Unexpected(stored.error());
    return fromText(secret);
}

} // namespace dojo::venue
