#include "venue/tablestatusedit.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

TableStatusEdit::TableStatusEdit(qint64 tableId, const QString &tableName, TableStatus from,
                                 TableStatus to, const QString &actor)
    : m_tableId(tableId)
    , m_tableName(tableName)
    , m_from(from)
    , m_to(to)
    , m_actor(actor)
{
}

QString TableStatusEdit::text() const
{
    return internal::Tr::tr("Set %1 to “%2”").arg(m_tableName, tableStatusName(m_to));
}

Result<void> TableStatusEdit::apply(VenueModel &model)
{
    return model.setTableStatus(m_tableId, m_to, m_actor);
}

Result<void> TableStatusEdit::revert(VenueModel &model)
{
    return model.setTableStatus(m_tableId, m_from, m_actor);
}

} // namespace dojo::venue
