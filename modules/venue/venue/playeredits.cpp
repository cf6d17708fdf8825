#include "venue/playeredits.h"

#include "venue/internal/venuetr.h"
#include "venue/venuemodel.h"

namespace dojo::venue {

using internal::Tr;

PlayerAddEdit::PlayerAddEdit(const Player &player, const Actor &actor)
    : m_player(player)
    , m_actor(actor)
{
}

QString PlayerAddEdit::text() const
{
    return Tr::tr("Add the player %1").arg(m_player.name);
}

Result<void> PlayerAddEdit::apply(VenueModel &model)
{
    // Redone after an undo, the player gets the first id back.
    const Result<qint64> id = model.addPlayer(m_player, m_actor.auditName());
    if (!id)
        return Unexpected(id.error());
    m_player.id = *id;
    return {};
}

Result<void> PlayerAddEdit::revert(VenueModel &model)
{
    return model.removePlayer(m_player.id, m_actor);
}

PlayerChangeEdit::PlayerChangeEdit(const Player &from, const Player &to, const Actor &actor)
    : m_from(from)
    , m_to(to)
    , m_actor(actor)
{
    m_to.id = from.id;
}

QString PlayerChangeEdit::text() const
{
    if (m_from.name != m_to.name)
        return Tr::tr("Rename the player %1 to %2").arg(m_from.name, m_to.name);
    return Tr::tr("Change the player %1").arg(m_to.name);
}

Result<void> PlayerChangeEdit::apply(VenueModel &model)
{
    return model.updatePlayer(m_to, m_actor.auditName());
}

Result<void> PlayerChangeEdit::revert(VenueModel &model)
{
    return model.updatePlayer(m_from, m_actor.auditName());
}

PlayerRemoveEdit::PlayerRemoveEdit(const Player &player, const Actor &actor)
    : m_player(player)
    , m_actor(actor)
{
}

QString PlayerRemoveEdit::text() const
{
    return Tr::tr("Remove the player %1").arg(m_player.name);
}

Result<void> PlayerRemoveEdit::apply(VenueModel &model)
{
    return model.removePlayer(m_player.id, m_actor);
}

Result<void> PlayerRemoveEdit::revert(VenueModel &model)
{
    const Result<qint64> back = model.addPlayer(m_player, m_actor.auditName());
    if (!back)
        return Unexpected(back.error());
    return {};
}

} // namespace dojo::venue
