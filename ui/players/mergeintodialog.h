#pragma once

#include <venue/floor.h>
#include <venue/playerratings.h>

#include <QDialog>

#include <map>
#include <vector>

class QDialogButtonBox;

namespace dojo::ui {

class PlayerFinder;

// "Merge Into…" from a profile: the player kept is found by search, keyboard first (type,
// Down, Enter); the profile's player is the duplicate merged into them.
class MergeIntoDialog : public QDialog
{
    Q_OBJECT

public:
    MergeIntoDialog(const venue::Player &duplicate, const std::vector<venue::Player> &players,
                    const std::map<qint64, venue::PlayerRating> &ratings,
                    QWidget *parent = nullptr);

    qint64 keptPlayerId() const; // 0: none chosen
    PlayerFinder *finder() const { return m_finder; }

private:
    PlayerFinder *m_finder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
