#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;

namespace dojo::ui {

// Who the referee is and why they act: asked with every confirmation, edit and overrule,
// because each is stored with who and why.
class RefereeNote : public QWidget
{
    Q_OBJECT

public:
    RefereeNote(bool reasonRequired, QWidget *parent = nullptr);

    void setReferee(const QString &name);
    QString referee() const;
    QString reason() const;
    // A name, and a reason where one is required.
    bool isComplete() const;

    QLineEdit *refereeEdit() const { return m_referee; }
    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void changed();

private:
    bool m_reasonRequired = false;
    QLineEdit *m_referee = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace dojo::ui
