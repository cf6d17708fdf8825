#pragma once

#include <capture/replayshot.h>
#include <venue/tablereferee.h>

#include <QWidget>

class QLabel;

namespace dojo::ui {

// Beside the replay: the shot's record as sentences, why it needs review, the physics' check
// of the tracked paths, and the ruling with its state and who reviewed it.
class ShotPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ShotPanel(QWidget *parent = nullptr);

    void showShot(const capture::ReplayShot *shot);
    // What the referee made of the shown shot; null while nothing is known.
    void showOutcome(const venue::RefereedShot *outcome);

private:
    void showRecord();

    const capture::ReplayShot *m_shot = nullptr;
    std::optional<venue::RefereedShot> m_outcome;
    QLabel *m_heading = nullptr;
    QLabel *m_state = nullptr;
    QWidget *m_review = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_recordCaption = nullptr;
    QLabel *m_record = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_ruling = nullptr;
    QLabel *m_reviewedBy = nullptr;
};

} // namespace dojo::ui
