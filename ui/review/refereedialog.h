#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QVBoxLayout;

namespace dojo::ui {

class RefereeNote;

// A referee's action on a shot: what the subclass edits above, the referee's name and reason
// below, and the action's button, which stays disabled until the note is complete.
class RefereeDialog : public QDialog
{
    Q_OBJECT

public:
    RefereeDialog(const QString &action, bool reasonRequired, QWidget *parent = nullptr);

    RefereeNote *note() const { return m_note; }
    QString referee() const;
    QString reason() const;
    QPushButton *acceptButton() const { return m_accept; }

    // A paragraph above what the dialog edits.
    void addExplanation(const QString &text);

    // Only with the note complete, whatever asked.
    void accept() override;

protected:
    QVBoxLayout *body() const { return m_body; }

private:
    void updateAcceptable();

    QVBoxLayout *m_body = nullptr;
    RefereeNote *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace dojo::ui
