#pragma once

#include "venue/floor.h"
#include "venue/venueedit.h"

#include <optional>

namespace dojo::venue {

// A person places the playing surface's corners on the table's picture by hand, or hands the
// table back to the automatic calibration; undo puts the corners it had back. Both directions
// are audited with the actor ("table.corners").
class TableCornersEdit : public VenueEdit
{
public:
    TableCornersEdit(qint64 tableId, const QString &tableName,
                     const std::optional<TableCorners> &from, const std::optional<TableCorners> &to,
                     const QString &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    qint64 m_tableId;
    QString m_tableName;
    std::optional<TableCorners> m_from;
    std::optional<TableCorners> m_to;
    QString m_actor;
};

} // namespace dojo::venue
