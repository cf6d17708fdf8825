#include "venue/tablecornersedit.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

TableCornersEdit::TableCornersEdit(qint64 tableId, const QString &tableName,
                                   const std::optional<TableCorners> &from,
                                   const std::optional<TableCorners> &to, const QString &actor)
    : m_tableId(tableId)
    , m_tableName(tableName)
    , m_from(from)
    , m_to(to)
    , m_actor(actor)
{
}

QString TableCornersEdit::text() const
{
    if (m_to)
        return internal::Tr::tr("Place the corners of %1 by hand").arg(m_tableName);
    return internal::Tr::tr("Find the corners of %1 automatically").arg(m_tableName);
}

Result<void> TableCornersEdit::apply(VenueModel &model)
{
    return model.setTableCameraCorners(m_tableId, m_to, m_actor);
}

Result<void> TableCornersEdit::revert(VenueModel &model)
{
    return model.setTableCameraCorners(m_tableId, m_from, m_actor);
}

} // namespace dojo::venue
