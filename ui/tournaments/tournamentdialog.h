#pragma once

#include <venue/tournament.h>

#include <QDialog>
#include <QStringList>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace dojo::ui {

// New Tournament… and Edit…: what a tournament director sets before the draw. The name, game,
// format and its options (grand final, third place, Swiss rounds, groups), the races (by round
// as "5,5,7", the final's, handicapped by rating), the start, entry fee and added money in the
// venue's currency, the payouts as percentages ("50,30,20"), the player cap and the seeding.
// OK is refused, with the reason under the form, until every field reads.
class TournamentDialog : public QDialog
{
    Q_OBJECT

public:
    TournamentDialog(const venue::TournamentSettings &settings, const QString &currency,
                     bool creating, QWidget *parent = nullptr);

    // The settings as filled in; none while a field does not read (problems() says why).
    std::optional<venue::TournamentSettings> settings() const;
    QStringList problems() const;

    void accept() override;

private:
    void check();
    void showFormatOptions();

    venue::TournamentSettings m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_game = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_grandFinal = nullptr;
    QCheckBox *m_thirdPlace = nullptr;
    QSpinBox *m_swissRounds = nullptr;
    QSpinBox *m_groups = nullptr;
    QSpinBox *m_raceTo = nullptr;
    QLineEdit *m_racesByRound = nullptr;
    QSpinBox *m_finalRace = nullptr;
    QCheckBox *m_handicapped = nullptr;
    QDateTimeEdit *m_startsAt = nullptr;
    QLineEdit *m_entryFee = nullptr;
    QLineEdit *m_addedMoney = nullptr;
    QLineEdit *m_payouts = nullptr;
    QSpinBox *m_maxPlayers = nullptr;
    QComboBox *m_seeding = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// "5,5,7" as numbers (spaces allowed, empty for none); none when a part is not a whole number
// from 1 to `most`.
std::optional<std::vector<int>> numbersFromText(const QString &text, int most);
QString textOfNumbers(const std::vector<int> &numbers);

} // namespace dojo::ui
