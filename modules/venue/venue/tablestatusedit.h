#pragma once

#include "venue/venueedit.h"

namespace dojo::venue {

// The front desk takes a table out of order or puts it back in service, the one table status
// that is a choice (the others are derived); undo puts it back. Both directions are written
// with an audit entry naming the actor.
class TableStatusEdit : public VenueEdit
{
public:
    TableStatusEdit(qint64 tableId, const QString &tableName, bool outOfOrder,
                    const QString &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    qint64 m_tableId;
    QString m_tableName;
    bool m_outOfOrder; // what apply sets
    QString m_actor;
};

} // namespace dojo::venue
