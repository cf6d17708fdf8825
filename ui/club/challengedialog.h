#pragma once

#include "club/playerpicker.h"
#include "common/checkedform.h"

#include <venue/challengedesk.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dojo::ui {

// A challenge issued at the desk, by keyboard: who challenges and whom (each found by typing),
// the game, the race and a note. What cannot be issued as it stands is said in a sentence and
// OK stays off; Enter issues. The desk checks the rest (an open challenge between the two).
class ChallengeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChallengeDialog(PlayerPicker::Players players, QWidget *parent = nullptr);

    venue::NewChallenge challenge() const;
    QString challengerName() const;
    QString challengedName() const;
    // Why it cannot be issued; none: OK is on.
    std::optional<QString> problem() const;

private:
    void check();

    PlayerPicker *m_challenger = nullptr;
    PlayerPicker *m_challenged = nullptr;
    QComboBox *m_game = nullptr;
    QSpinBox *m_raceTo = nullptr;
    QLineEdit *m_note = nullptr;
    CheckedForm m_form;
};

} // namespace dojo::ui
