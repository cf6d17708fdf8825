#pragma once

#include "venue/floor.h"
#include "venue/staff.h"
#include "venue/venueedit.h"

namespace dojo::venue {

// A player added at the desk; undo removes the player again, which only a manager may do.
class PlayerAddEdit : public VenueEdit
{
public:
    PlayerAddEdit(const Player &player, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;
    qint64 playerId() const { return m_player.id; } // 0 until applied

private:
    Player m_player;
    Actor m_actor;
};

// A player's profile changed (name, nickname, membership, contact, starter rating); undo puts
// back what it was.
class PlayerChangeEdit : public VenueEdit
{
public:
    PlayerChangeEdit(const Player &from, const Player &to, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Player m_from;
    Player m_to;
    Actor m_actor;
};

// A player removed (a manager's action; a refusal is audited). Undo writes the same player back
// with the id, name, nickname and membership; the links the database cut with the removal (the
// player named on past bookings and sessions) do not come back.
class PlayerRemoveEdit : public VenueEdit
{
public:
    PlayerRemoveEdit(const Player &player, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Player m_player;
    Actor m_actor;
};

// A duplicate merged into the player kept, the same person (the merge screen); undo unmerges it.
class PlayerMergeEdit : public VenueEdit
{
public:
    PlayerMergeEdit(const Player &duplicate, const Player &into, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Player m_duplicate;
    Player m_into;
    Actor m_actor;
};

// A merged duplicate made a player of its own again; undo merges it back into the same player.
class PlayerUnmergeEdit : public VenueEdit
{
public:
    // `duplicate.mergedInto` names the player it was merged into; `intoName` is that player's.
    PlayerUnmergeEdit(const Player &duplicate, const QString &intoName, const Actor &actor);

    QString text() const override;
    Result<void> apply(VenueModel &model) override;
    Result<void> revert(VenueModel &model) override;

private:
    Player m_duplicate;
    QString m_intoName;
    Actor m_actor;
};

} // namespace dojo::venue
