#pragma once

#include <capture/replayshot.h>
#include <core/shotrecord.h>
#include <rules/rackstate.h>
#include <rules/step.h>
#include <venue/tablereferee.h>

#include <QString>
#include <QWidget>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;
class QToolButton;

namespace dojo::ui {

class ReplayView;
class ShotPanel;

// A referee's review of a table's shots, in its own window: the replay with the tracking over
// it (play, pause, frame by frame, slow motion down to 1/8), beside the shot's record, why it
// needs review, the physics' verdict and the ruling. The referee confirms the shot, edits its
// record or overrules the ruling, each with their name and a reason; the screen only asks
// (the signals below): whoever owns the table's referee answers with showOutcome() or, when
// the referee refused, setProblem(). Keys: Space plays and pauses, Left and Right step one
// frame, Home and End go to the first and last frame.
class ReviewScreen : public QWidget
{
    Q_OBJECT

public:
    // The playback speeds, fastest first: full speed down to an eighth.
    static constexpr std::array<double, 4> kSpeeds{1.0, 0.5, 0.25, 0.125};

    explicit ReviewScreen(const QString &tableName, QWidget *parent = nullptr);
    ~ReviewScreen() override;

    // The shot to review; its frame 0 is shown, paused.
    void showShot(std::shared_ptr<const capture::ReplayShot> shot);
    const capture::ReplayShot *shot() const { return m_shot.get(); }
    // The table's held shots to pick from (oldest first); the shown one stays if still held,
    // else the newest is shown.
    void setShots(std::vector<std::shared_ptr<const capture::ReplayShot>> shots);

    // The match as it stands, for the overrule dialog; without it there is nothing to overrule.
    void setMatch(const rules::RackState &rack, std::array<int, 2> score,
                  std::array<QString, 2> players);
    void clearMatch();

    ReplayView *replayView() const { return m_view; }
    int frame() const; // index into the shot's frames
    bool isPlaying() const;
    double speed() const { return m_speed; }
    // Milliseconds between two frames while playing, at the chosen speed.
    int playbackInterval() const;
    // The referee's name the next action is prefilled with: the last one given.
    const QString &referee() const { return m_referee; }

public Q_SLOTS:
    // What the table's referee made of a shot; shown when it is the shown shot's.
    void showOutcome(const dojo::venue::RefereedShot &outcome);
    // A line saying what went wrong (the referee refused the action); empty hides it.
    void setProblem(const QString &problem);

    void setFrame(int index);
    void stepForward();
    void stepBack();
    void toFirstFrame();
    void toLastFrame();
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);

    // Open the referee's dialogs (also the buttons).
    void confirmShot();
    void editShot();
    void overrule();

Q_SIGNALS:
    void confirmRequested(int number, QString referee, QString reason);
    void correctRequested(int number, dojo::ShotRecord edited, QString referee, QString reason);
    void overruleRequested(dojo::rules::Correction correction, QString referee, QString reason);
    // The referee picked another held shot (its outcome is welcome through showOutcome()).
    void shotShown(int number);

private:
    void createActions();
    QWidget *createTransport();
    QWidget *createSide();
    void showFrameText();
    void updateTitle();
    void updateActions();
    void updatePicker();
    void showKnownOutcome();
    void remember(const QString &referee);

    QString m_tableName;
    std::shared_ptr<const capture::ReplayShot> m_shot;
    std::vector<std::shared_ptr<const capture::ReplayShot>> m_shots;
    std::map<int, venue::RefereedShot> m_outcomes; // by shot number
    std::optional<rules::Correction> m_match;
    std::array<QString, 2> m_players;
    QString m_referee;
    double m_speed = 1.0;
    QTimer *m_timer = nullptr; // one tick a frame while playing

    ReplayView *m_view = nullptr;
    ShotPanel *m_panel = nullptr;
    QComboBox *m_picker = nullptr;
    QToolButton *m_playButton = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_speedCombo = nullptr;
    QLabel *m_frameLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_overrule = nullptr;
};

} // namespace dojo::ui
