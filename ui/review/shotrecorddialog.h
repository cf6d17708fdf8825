#pragma once

#include "review/refereedialog.h"

#include <core/shotrecord.h>

#include <array>

class QCheckBox;
class QComboBox;

namespace dojo::ui {

// The referee's edit of a shot's record: the break, the first ball the cue ball hit, and for
// each ball the pocket it dropped into, whether it reached a rail after the first contact and
// whether it left the table. Everything from the keyboard: Tab walks the balls row by row,
// Space ticks, the arrows pick; Enter rules the shot again.
class ShotRecordDialog : public RefereeDialog
{
    Q_OBJECT

public:
    ShotRecordDialog(int number, const ShotRecord &shot, QWidget *parent = nullptr);

    // The record as edited; what the dialog does not show (the call, a push-out, the
    // referee's fouls) is kept as it was.
    ShotRecord shot() const;

    // For the ball's row: the pocket (none clears it), the rail and off-the-table ticks.
    void setPocketed(int ball, std::optional<PocketId> pocket);
    void setRail(int ball, bool rail);
    void setOffTable(int ball, bool offTable);
    void setFirstContact(std::optional<int> ball);
    void setBreak(bool isBreak);

private:
    struct Row
    {
        QComboBox *pocket = nullptr;
        QCheckBox *rail = nullptr;
        QCheckBox *offTable = nullptr;
    };

    ShotRecord m_original;
    QCheckBox *m_break = nullptr;
    QComboBox *m_firstContact = nullptr;
    std::array<Row, 16> m_rows{};
};

} // namespace dojo::ui
