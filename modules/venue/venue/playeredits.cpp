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

PlayerMergeEdit::PlayerMergeEdit(const Player &duplicate, const Player &into, const Actor &actor)
    : m_duplicate(duplicate)
    , m_into(into)
    , m_actor(actor)
{
}

QString PlayerMergeEdit::text() const
{
    return Tr::tr("Merge the player %1 into %2").arg(m_duplicate.name, m_into.name);
}

Result<void> PlayerMergeEdit::apply(VenueModel &model)
{
    return model.mergePlayer(m_duplicate.id, m_into.id, m_actor);
}

Result<void> PlayerMergeEdit::revert(VenueModel &model)
{
    return model.unmergePlayer(m_duplicate.id, m_actor);
}

PlayerUnmergeEdit::PlayerUnmergeEdit(const Player &duplicate, const QString &intoName,
                                     const Actor &actor)
    : m_duplicate(duplicate)
    , m_intoName(intoName)
    , m_actor(actor)
{
}

QString PlayerUnmergeEdit::text() const
{
    return Tr::tr("Separate the player %1 from %2").arg(m_duplicate.name, m_intoName);
}

Result<void> PlayerUnmergeEdit::apply(VenueModel &model)
{
    return model.unmergePlayer(m_duplicate.id, m_actor);
}

Result<void> PlayerUnmergeEdit::revert(VenueModel &model)
{
    if (!m_duplicate.mergedInto)
        return Unexpected(Tr::tr("%1 was not merged into another player.").arg(m_duplicate.name));
    return model.mergePlayer(m_duplicate.id, *m_duplicate.mergedInto, m_actor);
}

} // namespace dojo::venue
