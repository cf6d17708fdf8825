#include "storage/playerhistoryrepository.h"

#include "storage/database.h"
#include "storage/internal/readrows.h"
#include "storage/internal/sessionrows.h"
#include "storage/internal/sqltext.h"
#include "storage/internal/storagetr.h"
#include "storage/internal/transaction.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

namespace dojo::storage {

using internal::Tr;

PlayerHistoryRepository::PlayerHistoryRepository(Database &database)
    : m_database(database)
{
}

Result<std::vector<SessionRecord>>
PlayerHistoryRepository::sessionsOf(qint64 venueId, const std::vector<qint64> &playerIds)
{
    const auto failed = [venueId](const QString &why) {
        return Unexpected(Tr::tr("cannot read the table time of players of venue %1: %2")
                              .arg(QString::number(venueId), why));
    };
    QStringList marks;
    QVariantList values{venueId};
    for (const qint64 id : playerIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    const QString named
        = marks.isEmpty()
              ? QString()
              : QStringLiteral(" OR player_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    Result<std::vector<SessionRecord>> found = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM table_sessions WHERE venue_id = ? AND (player_id IS NULL%2) "
                       "ORDER BY started_at DESC, id DESC")
            .arg(QLatin1String(internal::kSessionColumns), named),
        values, internal::sessionFromRow);
    if (!found)
        return failed(found.error());
    if (found->empty())
        return found;
    QHash<qint64, size_t> index;
    for (size_t i = 0; i < found->size(); ++i)
        index.insert((*found)[i].id, i);
    Result<std::vector<StretchRecord>> stretches = internal::readRows(
        m_database.connection(),
        QStringLiteral("SELECT %1 FROM session_stretches WHERE session_id IN (SELECT id FROM "
                       "table_sessions WHERE venue_id = ? AND (player_id IS NULL%2)) "
                       "ORDER BY from_at, id")
            .arg(QLatin1String(internal::kStretchColumns), named),
        values, internal::stretchFromRow);
    if (!stretches)
        return failed(stretches.error());
    for (StretchRecord &stretch : *stretches) {
        if (const auto at = index.constFind(stretch.sessionId); at != index.constEnd())
            (*found)[*at].stretches.push_back(std::move(stretch));
    }
    return found;
}

} // namespace dojo::storage
