#pragma once

#include "common/checkedform.h"

#include <venue/challengedesk.h>

#include <QDialog>

#include <optional>

class QSpinBox;

namespace dojo::ui {

// A challenge's race entered at the desk: the racks each player won. A score that is no won
// race is said with the desk's sentence (venue::checkRaceResult) and OK stays off. The dialog
// says that a result stays once entered (only a referee or a manager voids it): accepting it is
// the confirmation.
class RaceResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RaceResultDialog(const venue::Challenge &challenge, QWidget *parent = nullptr);

    int challengerRacks() const;
    int challengedRacks() const;
    std::optional<QString> problem() const;

private:
    void check();

    venue::Challenge m_challenge;
    QSpinBox *m_challenger = nullptr;
    QSpinBox *m_challenged = nullptr;
    CheckedForm m_form;
};

} // namespace dojo::ui
