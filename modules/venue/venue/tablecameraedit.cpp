#include "venue/tablecameraedit.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

TableCameraEdit::TableCameraEdit(qint64 tableId, const QString &tableName, const QString &from,
                                 const QString &to, const QString &actor)
    : m_tableId(tableId)
    , m_tableName(tableName)
    , m_from(from)
    , m_to(to)
    , m_actor(actor)
{
}

QString TableCameraEdit::text() const
{
    return internal::Tr::tr("Point the camera of %1 at “%2”").arg(m_tableName, m_to);
}

Result<void> TableCameraEdit::apply(VenueModel &model)
{
    return model.setTableCameraSource(m_tableId, m_to, m_actor);
}

Result<void> TableCameraEdit::revert(VenueModel &model)
{
    return model.setTableCameraSource(m_tableId, m_from, m_actor);
}

} // namespace dojo::venue
