#pragma once

#include <venue/floor.h>
#include <venue/handresults.h>
#include <venue/playerratings.h>

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dojo::ui {

class PlayerFinder;

// A result entered by hand (Players → Enter Result…), or one corrected: the day, the game, the
// two players found by search and the racks each won; a correction also asks why. The domain
// checks it again (venue/handresults.h) and its refusal is shown as it is.
class HandResultDialog : public QDialog
{
    Q_OBJECT

public:
    // `correcting`: the result changed, shown filled in; none: a new one.
    HandResultDialog(qint64 venueId, const std::vector<venue::Player> &players,
                     const std::map<qint64, venue::PlayerRating> &ratings,
                     const std::optional<venue::HandResult> &correcting, QWidget *parent = nullptr);

    venue::HandResult result() const;
    QString reason() const; // why a result is corrected

    QDateEdit *dayEdit() const { return m_day; }
    QComboBox *gameBox() const { return m_game; }
    PlayerFinder *playerA() const { return m_playerA; }
    PlayerFinder *playerB() const { return m_playerB; }
    QSpinBox *racksA() const { return m_racksA; }
    QSpinBox *racksB() const { return m_racksB; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    void check();

    qint64 m_venueId = 0;
    bool m_correcting = false;
    QDateEdit *m_day = nullptr;
    QComboBox *m_game = nullptr;
    PlayerFinder *m_playerA = nullptr;
    PlayerFinder *m_playerB = nullptr;
    QSpinBox *m_racksA = nullptr;
    QSpinBox *m_racksB = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
