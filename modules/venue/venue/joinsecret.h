#pragma once

#include <core/result.h>

#include <QByteArray>
#include <QString>

namespace dojo::storage {
class Database;
}

namespace dojo::venue {

// The secret that signs a venue's join links (live/jointokens.h): 32 random bytes, made and
// stored on the venue's first start, never shown or sent to a client.
Result<QByteArray> joinSecret(storage::Database &database, qint64 venueId);
// A new secret: every table card printed before is void. Audited with `actor`.
Result<QByteArray> renewJoinSecret(storage::Database &database, qint64 venueId,
                                   const QString &actor);

} // namespace dojo::venue
