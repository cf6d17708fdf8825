#include "venue/tablestatusedit.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

TableStatusEdit::TableStatusEdit(qint64 tableId, const QString &tableName, bool outOfOrder,
                                 const QString &actor)
    : m_tableId(tableId)
    , m_tableName(tableName)
    , m_outOfOrder(outOfOrder)
    , m_actor(actor)
{
}

QString TableStatusEdit::text() const
{
    return m_outOfOrder ? internal::Tr::tr("Mark %1 out of order").arg(m_tableName)
                        : internal::Tr::tr("Put %1 back in service").arg(m_tableName);
}

Result<void> TableStatusEdit::apply(VenueModel &model)
{
    return model.setTableOutOfOrder(m_tableId, m_outOfOrder, m_actor);
}

Result<void> TableStatusEdit::revert(VenueModel &model)
{
    return model.setTableOutOfOrder(m_tableId, !m_outOfOrder, m_actor);
}

} // namespace dojo::venue
