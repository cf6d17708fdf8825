#pragma once

#include <venue/floor.h>
#include <venue/matchpairing.h>

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;

namespace dojo::ui {

// The confirmation before a proposed pair is matched (it cannot be undone: both leave the
// queue), with the choice of a free table to seat them at and start their time, or none.
class PairDialog : public QDialog
{
    Q_OBJECT

public:
    // `freeTables` empty: there is nowhere to seat them, and the dialog says so.
    PairDialog(const venue::ProposedPair &pair, const std::vector<venue::Table> &freeTables,
               bool canSeat, QWidget *parent = nullptr);

    // The table to seat them at; none: pair them only.
    std::optional<qint64> tableId() const;

private:
    bool m_canSeat = false;
    QComboBox *m_table = nullptr;
};

} // namespace dojo::ui
