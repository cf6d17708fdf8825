#pragma once

#include "venue/tablestatus.h"
#include "venue/venueedit.h"

namespace dojo::venue {

// The front desk changes a table's status (free, booked, in play); undo puts it back. Both
// directions are written with an audit entry naming the actor.
class TableStatusEdit : public VenueEdit
{
public:
    TableStatusEdit(qint64 tableId, const QString &tableName, TableStatus from, TableStatus to,
                    const QString &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    qint64 m_tableId;
    QString m_tableName;
    TableStatus m_from;
    TableStatus m_to;
    QString m_actor;
};

} // namespace dojo::venue
