#include "tablescreen/tablescreen.h"

#include "common/tabletext.h"
#include "common/uitr.h"
#include "tablescreen/cameraview.h"
#include "tablescreen/cornercanvas.h"
#include "tablescreen/cornereditor.h"
#include "tablescreen/healthpanel.h"
#include "tablescreen/scoreboardpanel.h"
#include "tablescreen/tablediagram.h"

#include <capture/tabletracking.h>
#include <venue/tablecorners.h>

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace dojo::ui {
namespace {

constexpr int kSideWidth = 480;

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *heading = new QLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setContentsMargins(0, 10, 0, 2);
    return heading;
}

} // namespace

TableScreen::TableScreen(const venue::Table &table, const TableFeed &feed, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_table(table)
{
    setObjectName(QStringLiteral("tableScreen-%1").arg(table.id));
    m_camera = new CameraView(this);

    auto *pictureSide = new QVBoxLayout;
    pictureSide->setContentsMargins(0, 0, 0, 0);
    pictureSide->setSpacing(0);
    createActions();
    m_viewBar = createViewBar();
    pictureSide->addWidget(m_viewBar);
    m_cornerEditor = new CornerEditor(this);
    m_pictureStack = new QStackedWidget(this);
    m_pictureStack->addWidget(m_camera);
    m_pictureStack->addWidget(m_cornerEditor);
    pictureSide->addWidget(m_pictureStack, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(pictureSide, 1);
    m_side = createSidePanel();
    layout->addWidget(m_side);

    connect(m_camera, &CameraView::scaleChanged, this, &TableScreen::updateZoomText);
    connect(m_camera, &CameraView::fullScreenRequested, this,
            [this] { setPictureFullScreen(!m_pictureFullScreen); });
    connect(m_cornerEditor, &CornerEditor::saved, this, [this](const venue::TableCorners &c) {
        stopEditingCorners();
        Q_EMIT cornersChosen(m_table.id, c);
    });
    connect(m_cornerEditor, &CornerEditor::automaticChosen, this, [this] {
        stopEditingCorners();
        Q_EMIT cornersChosen(m_table.id, std::nullopt);
    });
    connect(m_cornerEditor, &CornerEditor::cancelled, this, &TableScreen::stopEditingCorners);

    setTable(table);
    setFeed(feed);
    updateZoomText();
    resize(1280, 760);
    m_camera->setFocus();
}

TableScreen::~TableScreen() = default;

void TableScreen::createActions()
{
    m_zoomInAction = new QAction(Tr::tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal),
                                  QKeySequence(QKeySequence::ZoomIn)});
    m_zoomInAction->setToolTip(Tr::tr("Zoom in (+)"));
    connect(m_zoomInAction, &QAction::triggered, m_camera, &CameraView::zoomIn);

    m_zoomOutAction = new QAction(Tr::tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcuts(
        {QKeySequence(Qt::Key_Minus), QKeySequence(QKeySequence::ZoomOut)});
    m_zoomOutAction->setToolTip(Tr::tr("Zoom out (−)"));
    connect(m_zoomOutAction, &QAction::triggered, m_camera, &CameraView::zoomOut);

    m_fitAction = new QAction(Tr::tr("&Fit"), this);
    m_fitAction->setShortcuts({QKeySequence(Qt::Key_0), QKeySequence(Tr::tr("Ctrl+0"))});
    m_fitAction->setToolTip(Tr::tr("Fit the whole picture (0)"));
    connect(m_fitAction, &QAction::triggered, m_camera, &CameraView::fit);

    m_fullScreenAction = new QAction(Tr::tr("F&ull Screen"), this);
    QList<QKeySequence> fullScreenKeys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!fullScreenKeys.contains(key))
            fullScreenKeys << key; // the desktop's own key too, where it is another
    }
    m_fullScreenAction->setShortcuts(fullScreenKeys);
    m_fullScreenAction->setToolTip(Tr::tr("Only the picture, on the whole screen (F11)"));
    connect(m_fullScreenAction, &QAction::triggered, this,
            [this] { setPictureFullScreen(!m_pictureFullScreen); });

    m_leaveFullScreenAction = new QAction(Tr::tr("Leave Full Screen"), this);
    m_leaveFullScreenAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveFullScreenAction->setEnabled(false);
    connect(m_leaveFullScreenAction, &QAction::triggered, this,
            [this] { setPictureFullScreen(false); });

    m_closeAction = new QAction(Tr::tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);

    m_cornersAction = new QAction(Tr::tr("Set Table &Corners…"), this);
    m_cornersAction->setObjectName(QStringLiteral("setTableCorners"));
    m_cornersAction->setToolTip(
        Tr::tr("Place the playing surface's corners on the picture by hand"));
    connect(m_cornersAction, &QAction::triggered, this, &TableScreen::editCorners);

    m_reviewAction = new QAction(Tr::tr("&Review Shots…"), this);
    m_reviewAction->setObjectName(QStringLiteral("reviewShots"));
    m_reviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reviewAction->setToolTip(
        Tr::tr("Replay the table's last shots with the tracking drawn over them (Ctrl+R)"));
    connect(m_reviewAction, &QAction::triggered, this,
            [this] { Q_EMIT reviewRequested(m_table.id); });

    addActions({m_zoomInAction, m_zoomOutAction, m_fitAction, m_fullScreenAction,
                m_leaveFullScreenAction, m_closeAction, m_reviewAction});
}

QWidget *TableScreen::createViewBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("viewBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    for (QAction *action : {m_fitAction, m_zoomOutAction, m_zoomInAction, m_fullScreenAction}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // the keys do it; Tab stays on the panels
        layout->addWidget(button);
    }
    m_zoomText = new QLabel(bar);
    m_zoomText->setObjectName(QStringLiteral("zoomLabel"));
    layout->addSpacing(8);
    layout->addWidget(m_zoomText);
    layout->addStretch(1);
    auto *keys
        = new QLabel(Tr::tr("+ − zoom · 0 fit · drag or arrows move · F11 full screen"), bar);
    keys->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(keys);
    layout->addSpacing(8);
    for (QAction *action : {m_cornersAction, m_reviewAction}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
    }
    return bar;
}

QWidget *TableScreen::createSidePanel()
{
    auto *side = new QWidget(this);
    side->setObjectName(QStringLiteral("tableSidePanel"));
    side->setFixedWidth(kSideWidth);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(16, 6, 16, 12);
    layout->setSpacing(4);

    m_tableName = new QLabel(side);
    m_tableName->setObjectName(QStringLiteral("tableNameLabel"));
    QFont nameFont = m_tableName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    m_tableName->setFont(nameFont);
    m_tableDetails = new QLabel(side);
    m_tableDetails->setObjectName(QStringLiteral("tableDetailsLabel"));
    m_tableDetails->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_tableName);
    layout->addWidget(m_tableDetails);

    layout->addWidget(sectionHeading(Tr::tr("Balls on the table"), side));
    m_diagram = new TableDiagram(side);
    layout->addWidget(m_diagram);

    layout->addWidget(sectionHeading(Tr::tr("Match"), side));
    m_scoreboard = new ScoreboardPanel(side);
    layout->addWidget(m_scoreboard);

    layout->addWidget(sectionHeading(Tr::tr("Camera"), side));
    m_health = new HealthPanel(side);
    layout->addWidget(m_health);
    m_trackingText = new QLabel(side);
    m_trackingText->setObjectName(QStringLiteral("trackingText"));
    m_trackingText->setWordWrap(true);
    layout->addWidget(m_trackingText);
    layout->addStretch(1);
    return side;
}

void TableScreen::setTable(const venue::Table &table)
{
    m_table = table;
    setWindowTitle(Tr::tr("%1 — DojoPool").arg(table.name));
    m_tableName->setText(table.name);
    m_tableDetails->setText(
        Tr::tr("%1 · %2").arg(TableText::size(table.size), venue::tableStatusName(table.status)));
    setAccessibleName(Tr::tr("%1, %2").arg(table.name, TableText::size(table.size)));
    m_diagram->setTableSize(table.size);
    m_health->setSourceText(table.cameraSource);
}

void TableScreen::setFeed(const TableFeed &feed)
{
    m_feed = feed;
    m_camera->setCamera(feed.camera);
    m_diagram->setCamera(feed.camera);
    m_diagram->setTracking(feed.tracking);
    m_health->setCamera(feed.camera);
    m_scoreboard->setScoreboard(feed.scoreboard);
    m_reviewAction->setEnabled(feed.referee && feed.replays);
    if (feed.tracking)
        connect(feed.tracking, &capture::TableTracking::trackedChanged, this,
                &TableScreen::showTracking, Qt::UniqueConnection);
    showTracking();
}

void TableScreen::showTracking()
{
    QString text;
    if (!m_feed.tracking) {
        text = Tr::tr("This table's balls are not tracked.");
    } else {
        const capture::TrackedTable tracked = m_feed.tracking->latest();
        text = tracked.calibrated
                   ? Tr::tr("Tracking: %n ball(s) on the table, %1 shot(s) since the camera "
                            "started.",
                            nullptr, int(tracked.balls.size()))
                         .arg(tracked.shots)
                   : Tr::tr("Tracking: %1").arg(tracked.problem);
    }
    if (m_trackingText->text() != text)
        m_trackingText->setText(text);
}

void TableScreen::editCorners()
{
    if (m_pictureFullScreen)
        setPictureFullScreen(false);
    // Without corners placed by hand, the ones tracking found are the place to start from.
    std::optional<venue::TableCorners> corners = m_table.corners;
    const QImage still = m_camera->image();
    if (!corners && m_feed.tracking && !still.isNull()) {
        const capture::TrackedTable tracked = m_feed.tracking->latest();
        if (tracked.calibrated)
            corners = venue::cornersAsFractions(tracked.corners, still.size());
    }
    m_cornerEditor->start(still, corners);
    m_viewBar->setVisible(false);
    // The view's keys (zoom, full screen) would act on the hidden live picture.
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_fitAction, m_fullScreenAction})
        action->setEnabled(false);
    m_cornersAction->setEnabled(false);
    m_pictureStack->setCurrentWidget(m_cornerEditor);
    m_cornerEditor->canvas()->setFocus();
}

bool TableScreen::isEditingCorners() const
{
    return m_pictureStack->currentWidget() == m_cornerEditor;
}

void TableScreen::stopEditingCorners()
{
    m_pictureStack->setCurrentWidget(m_camera);
    m_viewBar->setVisible(true);
    m_fullScreenAction->setEnabled(true);
    m_cornersAction->setEnabled(true);
    updateZoomText();
    m_camera->setFocus();
}

void TableScreen::updateZoomText()
{
    const bool picture = !m_camera->image().isNull();
    const QString percent = QLocale().toString(int(std::lround(m_camera->scale() * 100)));
    if (!picture)
        m_zoomText->clear();
    else if (m_camera->isFit())
        m_zoomText->setText(Tr::tr("Fitted: %1 %").arg(percent));
    else
        m_zoomText->setText(Tr::tr("Zoom: %1 %").arg(percent));
    m_fitAction->setEnabled(picture && !m_camera->isFit());
    m_zoomInAction->setEnabled(picture);
    m_zoomOutAction->setEnabled(picture && !m_camera->isFit());
}

void TableScreen::setPictureFullScreen(bool fullScreen)
{
    if (fullScreen == m_pictureFullScreen)
        return;
    m_pictureFullScreen = fullScreen;
    m_side->setVisible(!fullScreen);
    m_viewBar->setVisible(!fullScreen);
    m_leaveFullScreenAction->setEnabled(fullScreen);
    if (fullScreen) {
        m_stateBeforeFullScreen = windowState();
        showFullScreen();
    } else {
        setWindowState(m_stateBeforeFullScreen);
        show();
    }
    m_camera->setFocus();
}

void TableScreen::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing(m_table.id);
    QWidget::closeEvent(event);
}

} // namespace dojo::ui
