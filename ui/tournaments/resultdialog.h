#pragma once

#include <core/result.h>
#include <venue/tournament.h>

#include <QDialog>

#include <functional>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace dojo::ui {

// Enter Result…: a ready match's result by hand. The race is shown; the racks of both players
// are typed (the first to reach their race becomes the winner), or the winner is clicked or
// chosen with the arrow keys. A result that cannot be is explained under it before anything is
// asked; what the desk refuses (another desk's result first, the draw's reason) is said in the
// dialog, which stays open.
class ResultDialog : public QDialog
{
    Q_OBJECT

public:
    // Records the result: the winner as a draw entrant, the racks of the match's first and
    // second player. A refusal is one or more sentences.
    using Submit = std::function<Result<void>(int winner, int racksA, int racksB)>;

    ResultDialog(const venue::TournamentView &view, int matchId, Submit submit,
                 QWidget *parent = nullptr);

    int matchId() const { return m_matchId; }
    std::optional<int> winner() const; // a draw entrant
    int racksA() const;
    int racksB() const;
    // Why the result cannot be recorded as it stands; empty when it can.
    QString problem() const;
    QString shownProblem() const; // what the dialog says under the result now

    void chooseWinner(int slot); // 0: the first player
    void setRacks(int racksA, int racksB);

    void accept() override;

private:
    void racksChanged();
    void showProblem();

    venue::TournamentView m_view;
    int m_matchId;
    Submit m_submit;
    venue::MatchRace m_race;
    QRadioButton *m_playerA = nullptr;
    QRadioButton *m_playerB = nullptr;
    QButtonGroup *m_winner = nullptr;
    QSpinBox *m_racksA = nullptr;
    QSpinBox *m_racksB = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dojo::ui
