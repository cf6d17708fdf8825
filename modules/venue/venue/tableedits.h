#pragma once

#include "venue/floor.h"
#include "venue/staff.h"
#include "venue/venueedit.h"

#include <optional>
#include <vector>

namespace dojo::venue {

// A table added to the venue; undo removes it again (which needs a manager, as any removal).
class TableAddEdit : public VenueEdit
{
public:
    TableAddEdit(const Table &table, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;
    qint64 tableId() const { return m_table.id; } // 0 until applied

private:
    Table m_table;
    Actor m_actor;
};

// A table's name, size, camera source or rate class changed; undo puts back what it was.
class TableChangeEdit : public VenueEdit
{
public:
    TableChangeEdit(const Table &from, const Table &to, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Table m_from;
    Table m_to;
    Actor m_actor;
};

// A table removed (a manager's action; a refusal is audited). Undo writes the same row back
// with its id, name, size, camera, rate class, corners and place; what the database let go with
// it (its past bookings, its matches' link to it) does not come back.
class TableRemoveEdit : public VenueEdit
{
public:
    TableRemoveEdit(const Table &table, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Table m_table;
    Actor m_actor;
};

// Tables moved on the hall's floor plan: one table dragged or turned, or every table put back
// on the grid (Arrange in Grid). Undo puts each back where it stood.
class TablePlacesEdit : public VenueEdit
{
public:
    struct Move
    {
        qint64 tableId = 0;
        QString tableName;
        std::optional<FloorPlace> from;
        std::optional<FloorPlace> to;
    };

    TablePlacesEdit(std::vector<Move> moves, const QString &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Result<void> placeAll(VenueModel &model, bool forward);

    std::vector<Move> m_moves;
    QString m_actor;
};

} // namespace dojo::venue
