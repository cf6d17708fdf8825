#pragma once

#include "venue/venueedit.h"

namespace dojo::venue {

// The front desk points a table at another camera (a device, a file, a stream, the simulated
// table); undo points it back. Both directions are audited with the actor.
class TableCameraEdit : public VenueEdit
{
public:
    TableCameraEdit(qint64 tableId, const QString &tableName, const QString &from,
                    const QString &to, const QString &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    qint64 m_tableId;
    QString m_tableName;
    QString m_from;
    QString m_to;
    QString m_actor;
};

} // namespace dojo::venue
