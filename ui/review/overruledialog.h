#pragma once

#include "review/refereedialog.h"

#include <rules/step.h>

#include <QString>

#include <array>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace dojo::ui {

// The referee overrules the last ruling: the rack goes on from what they set here (who shoots
// next, ball in hand, the balls still on the table, the 8-ball groups, the fouls in a row)
// and the score. Prefilled with the match as it stands.
class OverruleDialog : public RefereeDialog
{
    Q_OBJECT

public:
    OverruleDialog(const rules::Correction &now, const std::array<QString, 2> &players,
                   QWidget *parent = nullptr);

    // The rack and the score as set; what the dialog does not show is kept as it was.
    rules::Correction correction() const;

    void setTurn(rules::Seat seat);
    void setBallInHand(rules::BallInHand ballInHand);
    void setOnTable(int ball, bool onTable);
    void setGroupOfFirstSeat(std::optional<rules::Group> group);
    void setFoulsInARow(rules::Seat seat, int fouls);
    void setScore(rules::Seat seat, int score);

private:
    rules::Correction m_original;
    QComboBox *m_turn = nullptr;
    QComboBox *m_ballInHand = nullptr;
    QComboBox *m_groups = nullptr;
    std::array<QCheckBox *, 16> m_onTable{};
    std::array<QSpinBox *, 2> m_fouls{};
    std::array<QSpinBox *, 2> m_score{};
};

} // namespace dojo::ui
