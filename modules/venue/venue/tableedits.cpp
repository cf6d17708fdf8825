#include "venue/tableedits.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

#include <algorithm>

namespace dojo::venue {

using internal::Tr;

TableAddEdit::TableAddEdit(const Table &table, const Actor &actor)
    : m_table(table)
    , m_actor(actor)
{
}

QString TableAddEdit::text() const
{
    return Tr::tr("Add %1").arg(m_table.name);
}

Result<void> TableAddEdit::apply(VenueModel &model)
{
    // Redone after an undo, the table gets its first id back.
    const Result<qint64> id = model.addTable(m_table, m_actor);
    if (!id)
        return Unexpected(id.error());
    m_table.id = *id;
    if (const std::optional<Table> added = model.table(*id))
        m_table = *added;
    return {};
}

Result<void> TableAddEdit::revert(VenueModel &model)
{
    return model.removeTable(m_table.id, m_actor);
}

TableChangeEdit::TableChangeEdit(const Table &from, const Table &to, const Actor &actor)
    : m_from(from)
    , m_to(to)
    , m_actor(actor)
{
    m_to.id = from.id;
}

QString TableChangeEdit::text() const
{
    if (m_from.name != m_to.name)
        return Tr::tr("Rename %1 to %2").arg(m_from.name, m_to.name);
    return Tr::tr("Change %1").arg(m_to.name);
}

Result<void> TableChangeEdit::apply(VenueModel &model)
{
    return model.updateTable(m_to, m_actor);
}

Result<void> TableChangeEdit::revert(VenueModel &model)
{
    return model.updateTable(m_from, m_actor);
}

TableRemoveEdit::TableRemoveEdit(const Table &table, const Actor &actor)
    : m_table(table)
    , m_actor(actor)
{
}

QString TableRemoveEdit::text() const
{
    return Tr::tr("Remove %1").arg(m_table.name);
}

Result<void> TableRemoveEdit::apply(VenueModel &model)
{
    return model.removeTable(m_table.id, m_actor);
}

Result<void> TableRemoveEdit::revert(VenueModel &model)
{
    const Result<qint64> back = model.addTable(m_table, m_actor);
    if (!back)
        return Unexpected(back.error());
    return {};
}

TablePlacesEdit::TablePlacesEdit(std::vector<Move> moves, const QString &actor)
    : m_moves(std::move(moves))
    , m_actor(actor)
{
}

QString TablePlacesEdit::text() const
{
    const bool toGrid
        = std::all_of(m_moves.begin(), m_moves.end(), [](const Move &move) { return !move.to; });
    if (m_moves.size() != 1)
        return toGrid ? Tr::tr("Arrange the tables in a grid") : Tr::tr("Move the tables");
    const Move &move = m_moves.front();
    if (!move.to)
        return Tr::tr("Put %1 back on the grid").arg(move.tableName);
    if (move.from && move.from->x == move.to->x && move.from->y == move.to->y)
        return Tr::tr("Turn %1").arg(move.tableName);
    return Tr::tr("Move %1").arg(move.tableName);
}

Result<void> TablePlacesEdit::apply(VenueModel &model)
{
    return placeAll(model, true);
}

Result<void> TablePlacesEdit::revert(VenueModel &model)
{
    return placeAll(model, false);
}

Result<void> TablePlacesEdit::placeAll(VenueModel &model, bool forward)
{
    // Each table is its own write: a failure leaves the ones done so far where they went, and
    // says which table could not be moved.
    for (const Move &move : m_moves) {
        if (Result<void> placed
            = model.setTablePlace(move.tableId, forward ? move.to : move.from, m_actor);
            !placed)
            return placed;
    }
    return {};
}

} // namespace dojo::venue
