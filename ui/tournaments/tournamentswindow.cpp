#include "tournaments/tournamentswindow.h"

#include "tournaments/bracketprint.h"
#include "tournaments/bracketview.h"
#include "tournaments/entriespanel.h"
#include "tournaments/resultdialog.h"
#include "tournaments/standingspanel.h"
#include "tournaments/tournamentdialog.h"

#include "common/uitr.h"

#include <venue/newvenue.h>
#include <venue/tournamentdesk.h>
#include <venue/venuemodel.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace dojo::ui {

using venue::TournamentState;

namespace {

enum ListColumn { kNameColumn, kDateColumn, kFormatColumn, kPlayersColumn, kStateColumn };
enum ReadyColumn { kMatchColumn, kRoundColumn, kPlayersReadyColumn, kRaceColumn, kTableColumn };

QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A file name from a tournament's name: letters, digits and dashes.
QString fileNameOf(const QString &name)
{
    QString file;
    for (const QChar c : name.trimmed())
        file.append(c.isLetterOrNumber() ? c.toLower() : QLatin1Char('-'));
    while (file.contains(QLatin1String("--")))
        file.replace(QLatin1String("--"), QLatin1String("-"));
    return file.isEmpty() ? QStringLiteral("bracket") : file;
}

} // namespace

TournamentsWindow::TournamentsWindow(venue::TournamentDesk &desk, venue::VenueModel &model,
                                     QUndoStack &undoStack, EditContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_model(model)
    , m_undoStack(undoStack)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("tournamentsWindow"));
    setWindowFlag(Qt::Window);
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    setWindowTitle(venue ? Tr::tr("Tournaments — %1").arg(venue->name) : Tr::tr("Tournaments"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("tournamentList"));
    m_list->setAccessibleName(Tr::tr("Tournaments"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {Tr::tr("Name"), Tr::tr("Date"), Tr::tr("Format"), Tr::tr("Players"), Tr::tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setMinimumSectionSize(40);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("tournamentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("tournamentSummary"));
    m_summary->setWordWrap(true);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("tournamentProblem"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("color: #b71c1c; background: #ffebee; padding: 6px; border-radius: 3px;"));
    m_banner->hide();

    m_entries = new EntriesPanel(this);
    m_bracket = new BracketView(this);
    m_ready = new QTreeWidget(this);
    m_ready->setObjectName(QStringLiteral("readyMatches"));
    m_ready->setAccessibleName(Tr::tr("Matches ready to play"));
    m_ready->setRootIsDecorated(false);
    m_ready->setHeaderLabels(
        {Tr::tr("Match"), Tr::tr("Round"), Tr::tr("Players"), Tr::tr("Race"), Tr::tr("Table")});
    m_ready->header()->setSectionResizeMode(kPlayersReadyColumn, QHeaderView::Stretch);
    m_ready->header()->setStretchLastSection(false);
    m_standings = new StandingsPanel(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tournamentPages"));
    m_tabs->addTab(m_entries, Tr::tr("Entries"));
    m_tabs->addTab(m_bracket, Tr::tr("Bracket"));
    m_tabs->addTab(m_ready, Tr::tr("Ready Matches"));
    m_tabs->addTab(m_standings, Tr::tr("Standings"));

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_banner);
    pageLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(page);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({460, 1040});
    setCentralWidget(splitter);

    createActions();
    createMenus();

    connect(&m_desk, &venue::TournamentDesk::changed, this, [this] { reload(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        // Enter on a tournament: to its page, where the work is.
        if (!m_view)
            return;
        showPage(m_view->tournament.state == TournamentState::SignUp ? Page::Entries
                                                                     : Page::Bracket);
        m_tabs->currentWidget()->setFocus();
    });
    connect(m_entries, &EntriesPanel::enterRequested, this, &TournamentsWindow::enterPlayer);
    connect(m_entries, &EntriesPanel::stateRequested, this, &TournamentsWindow::stateRequested);
    connect(m_entries, &EntriesPanel::paidRequested, this, &TournamentsWindow::paidRequested);
    connect(m_entries, &EntriesPanel::moveRequested, this, &TournamentsWindow::moveRequested);
    connect(m_entries, &EntriesPanel::drawRequested, this, &TournamentsWindow::makeDraw);
    connect(m_entries, &EntriesPanel::reopenRequested, this, &TournamentsWindow::reopenSignUp);
    connect(m_bracket, &BracketView::selectionChanged, this, [this] {
        if (const std::optional<int> match = m_bracket->selectedMatch()) {
            for (int row = 0; row < m_ready->topLevelItemCount(); ++row) {
                QTreeWidgetItem *item = m_ready->topLevelItem(row);
                if (item->data(0, Qt::UserRole).toInt() == *match)
                    m_ready->setCurrentItem(item);
            }
        }
        updateActions();
    });
    connect(m_bracket, &BracketView::resultRequested, this,
            [this](int match) { openResultDialog(match); });
    connect(m_bracket, &BracketView::nextTableRequested, this,
            [this](int match) { nextFreeTable(match); });
    connect(m_bracket, &BracketView::refused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 8000); });
    connect(m_ready, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_bracket->selectMatch(item->data(0, Qt::UserRole).toInt());
        updateActions();
    });
    connect(m_ready, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openResultDialog(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &TournamentsWindow::updateActions);

    resize(1500, 900);
    reload();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

void TournamentsWindow::createActions()
{
    const auto action
        = [this](const QString &text, const QString &name, const QKeySequence &key, auto slot) {
              auto *made = new QAction(text, this);
              made->setObjectName(name);
              if (!key.isEmpty())
                  made->setShortcut(key);
              connect(made, &QAction::triggered, this, slot);
              addAction(made);
              return made;
          };
    m_newAction = action(Tr::tr("&New Tournament…"), QStringLiteral("newTournament"),
                         QKeySequence::New, [this] { newTournament(); });
    m_editAction = action(Tr::tr("&Edit Tournament…"), QStringLiteral("editTournament"),
                          QKeySequence(Tr::tr("Ctrl+E")), [this] { editTournament(); });
    m_cancelAction = action(Tr::tr("&Cancel Tournament…"), QStringLiteral("cancelTournament"),
                            QKeySequence(), [this] { cancelTournament(); });
    m_drawAction = action(Tr::tr("&Make the Draw"), QStringLiteral("makeDrawAction"),
                          QKeySequence(Tr::tr("Ctrl+D")), [this] { makeDraw(); });
    m_drawAction->setStatusTip(Tr::tr("Seed the checked-in players (everyone entered when no one "
                                      "checked in) and draw the bracket"));
    m_reopenAction = action(Tr::tr("Re&open Sign-Up"), QStringLiteral("reopenAction"),
                            QKeySequence(), [this] { reopenSignUp(); });
    m_printAction = action(Tr::tr("&Print Bracket…"), QStringLiteral("printBracket"),
                           QKeySequence::Print, [this] { print(); });
    m_pdfAction = action(Tr::tr("Save Bracket as P&DF…"), QStringLiteral("saveBracketPdf"),
                         QKeySequence(Tr::tr("Ctrl+Shift+S")), [this] { choosePdfFile(); });
    m_closeAction = action(Tr::tr("Close"), QStringLiteral("closeTournaments"), QKeySequence::Close,
                           [this] { close(); });

    m_resultAction = action(Tr::tr("Enter &Result…"), QStringLiteral("enterResult"),
                            QKeySequence(Tr::tr("Ctrl+R")), [this] { openResultDialog(); });
    m_resultAction->setStatusTip(Tr::tr("Record the selected match's result by hand"));
    m_nextTableAction = action(Tr::tr("&Next Free Table"), QStringLiteral("nextFreeTable"),
                               QKeySequence(Tr::tr("Ctrl+Shift+T")), [this] { nextFreeTable(); });
    m_nextTableAction->setStatusTip(
        Tr::tr("Put the selected match on the first free table of the floor (T in the bracket)"));
    m_tableAction = action(Tr::tr("&Table…"), QStringLiteral("chooseTable"),
                           QKeySequence(Tr::tr("Ctrl+Shift+B")), [this] { chooseTable(); });
    m_takeBackAction = action(Tr::tr("Take &Back Result"), QStringLiteral("takeBackResult"),
                              QKeySequence(), [this] { takeBackResult(); });
    m_takeBackAction->setStatusTip(
        Tr::tr("Take the selected match's result back to record the right one (a referee or a "
               "manager)"));

    m_zoomInAction = action(Tr::tr("Zoom &In"), QStringLiteral("zoomIn"), QKeySequence::ZoomIn,
                            [this] { m_bracket->zoomIn(); });
    m_zoomOutAction = action(Tr::tr("Zoom &Out"), QStringLiteral("zoomOut"), QKeySequence::ZoomOut,
                             [this] { m_bracket->zoomOut(); });
    m_zoomResetAction = action(Tr::tr("&Actual Size"), QStringLiteral("zoomReset"),
                               QKeySequence(Tr::tr("Ctrl+0")), [this] { m_bracket->resetZoom(); });
    for (int page = 0; page < 4; ++page) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(go, &QAction::triggered, this, [this, page] {
            showPage(Page(page));
            m_tabs->currentWidget()->setFocus();
        });
        addAction(go);
    }
}

void TournamentsWindow::createMenus()
{
    QMenu *tournament = menuBar()->addMenu(Tr::tr("&Tournament"));
    tournament->addAction(m_newAction);
    tournament->addAction(m_editAction);
    tournament->addAction(m_cancelAction);
    tournament->addSeparator();
    tournament->addAction(m_drawAction);
    tournament->addAction(m_reopenAction);
    tournament->addSeparator();
    tournament->addAction(m_printAction);
    tournament->addAction(m_pdfAction);
    tournament->addSeparator();
    tournament->addAction(m_closeAction);

    QMenu *edit = menuBar()->addMenu(Tr::tr("&Edit"));
    QAction *undo = m_undoStack.createUndoAction(this, Tr::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack.createRedoAction(this, Tr::tr("&Redo"));
    // The platform's redo key, and both that people know from elsewhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Tr::tr("Ctrl+Shift+Z")), QKeySequence(Tr::tr("Ctrl+Y"))}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *match = menuBar()->addMenu(Tr::tr("Matc&h"));
    match->addAction(m_resultAction);
    match->addAction(m_nextTableAction);
    match->addAction(m_tableAction);
    match->addSeparator();
    match->addAction(m_takeBackAction);

    QMenu *view = menuBar()->addMenu(Tr::tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);

    QToolBar *bar = addToolBar(Tr::tr("Tournament"));
    bar->setObjectName(QStringLiteral("tournamentToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newAction);
    bar->addAction(m_editAction);
    bar->addSeparator();
    bar->addAction(m_resultAction);
    bar->addAction(m_nextTableAction);
    bar->addAction(m_tableAction);
    bar->addAction(m_takeBackAction);
    // Short words on the bar; the menu's say what would be undone.
    auto *barUndo = new QAction(Tr::tr("Undo"), this);
    barUndo->setObjectName(QStringLiteral("barUndo"));
    barUndo->setEnabled(m_undoStack.canUndo());
    connect(barUndo, &QAction::triggered, &m_undoStack, &QUndoStack::undo);
    connect(&m_undoStack, &QUndoStack::canUndoChanged, barUndo, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::undoTextChanged, barUndo, &QAction::setToolTip);
    auto *barRedo = new QAction(Tr::tr("Redo"), this);
    barRedo->setObjectName(QStringLiteral("barRedo"));
    barRedo->setEnabled(m_undoStack.canRedo());
    connect(barRedo, &QAction::triggered, &m_undoStack, &QUndoStack::redo);
    connect(&m_undoStack, &QUndoStack::canRedoChanged, barRedo, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::redoTextChanged, barRedo, &QAction::setToolTip);
    bar->addSeparator();
    bar->addAction(barUndo);
    bar->addAction(barRedo);
    bar->addSeparator();
    bar->addAction(m_printAction);
    bar->addAction(m_pdfAction);
}

// Reading -------------------------------------------------------------------------------------

void TournamentsWindow::reload()
{
    const Result<std::vector<venue::Tournament>> tournaments = m_desk.tournaments();
    if (!tournaments) {
        showProblem(Tr::tr("The tournaments could not be read."), tournaments.error());
        return;
    }
    fillList(*tournaments);
    showSelected();
}

void TournamentsWindow::fillList(const std::vector<venue::Tournament> &tournaments)
{
    const std::optional<qint64> selected = shownTournament();
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const venue::Tournament &tournament : tournaments) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, tournament.id);
        item->setText(kNameColumn, tournament.settings.name);
        item->setText(kDateColumn, dateText(tournament.settings.startsAt));
        item->setText(kFormatColumn, formatName(tournament.settings.draw.format));
        item->setText(kStateColumn, tournamentStateName(tournament.state));
        // The players in it: those entered and checked in, or those drawn.
        if (const Result<venue::TournamentView> view = m_desk.view(tournament.id)) {
            const int players = std::count_if(view->entries.begin(), view->entries.end(),
                                              [](const venue::TournamentEntry &e) {
                                                  return e.state == venue::EntryState::Entered
                                                         || e.state == venue::EntryState::CheckedIn;
                                              });
            item->setText(kPlayersColumn, QString::number(players));
        }
        item->setTextAlignment(kPlayersColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (selected == tournament.id)
            m_list->setCurrentItem(item);
    }
}

void TournamentsWindow::selectTournament(qint64 tournamentId)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == tournamentId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

std::optional<qint64> TournamentsWindow::shownTournament() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? std::optional<qint64>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}

void TournamentsWindow::showSelected()
{
    const std::optional<qint64> id = shownTournament();
    if (!id) {
        m_view.reset();
        showView();
        return;
    }
    Result<venue::TournamentView> view = m_desk.view(*id);
    if (!view) {
        m_view.reset();
        showView();
        showProblem(Tr::tr("The tournament could not be read."), view.error());
        return;
    }
    const bool another = !m_view || m_view->tournament.id != *id;
    m_view = std::move(*view);
    if (another)
        clearProblem();
    showView();
}

QString TournamentsWindow::currencySymbol() const
{
    const std::optional<venue::Venue> venue = m_model.currentVenue();
    return venue::currencySymbol(venue ? venue->currency : QStringLiteral("EUR"));
}

TableNames TournamentsWindow::tableNames() const
{
    TableNames names;
    for (const venue::Table &table : m_model.tables())
        names[table.id] = table.name;
    return names;
}

void TournamentsWindow::showView()
{
    m_tabs->setEnabled(m_view.has_value());
    if (!m_view) {
        m_title->setText(Tr::tr("No tournament yet: New Tournament… (Ctrl+N) sets one up."));
        m_summary->clear();
        m_entries->showTournament(venue::TournamentView{}, {}, m_model.players());
        m_bracket->setTournament(venue::TournamentView{});
        m_ready->clear();
        updateActions();
        return;
    }
    const venue::TournamentSettings &settings = m_view->tournament.settings;
    m_title->setText(settings.name);
    const QString race
        = settings.racesByRound.empty()
              ? Tr::tr("race to %1").arg(settings.raceTo)
              : Tr::tr("races %1 by round").arg(textOfNumbers(settings.racesByRound));
    const QString summary = settings.handicapped
                                ? Tr::tr("%1 · %2 · %3, handicapped · starts %4 · entry %5, "
                                         "added %6 · %7")
                                : Tr::tr("%1 · %2 · %3 · starts %4 · entry %5, added %6 · %7");
    m_summary->setText(summary.arg(gameName(settings.game), formatName(settings.draw.format), race,
                                   dateText(settings.startsAt),
                                   venue::formatMoney(settings.entryFee, currencySymbol()),
                                   venue::formatMoney(settings.addedMoney, currencySymbol()),
                                   tournamentStateName(m_view->tournament.state)));
    const auto orders = m_context->handOrders.find(m_view->tournament.id);
    m_entries->showTournament(
        *m_view, orders == m_context->handOrders.end() ? std::vector<qint64>() : orders->second,
        m_model.players());
    m_bracket->setTableNames(tableNames());
    m_bracket->setTournament(*m_view);
    fillReadyMatches();
    m_standings->showTournament(*m_view, currencySymbol());
    updateActions();
}

QString TournamentsWindow::matchLabel(int matchId) const
{
    if (!m_view || matchId < 0 || size_t(matchId) >= m_view->draw.matches.size())
        return matchNumber(matchId);
    const venue::BracketMatch &match = m_view->draw.matches.at(size_t(matchId));
    return Tr::tr("%1 (%2 against %3)")
        .arg(matchNumber(matchId), m_view->entrantName(match.entrantA.value_or(-1)),
             m_view->entrantName(match.entrantB.value_or(-1)));
}

void TournamentsWindow::fillReadyMatches()
{
    const std::optional<int> selected = m_bracket->selectedMatch();
    const QSignalBlocker quiet(m_ready);
    m_ready->clear();
    if (!m_view)
        return;
    const TableNames names = tableNames();
    for (const int id : venue::readyMatches(m_view->draw)) {
        const venue::BracketMatch &match = m_view->draw.matches.at(size_t(id));
        auto *item = new QTreeWidgetItem(m_ready);
        item->setData(0, Qt::UserRole, id);
        item->setText(kMatchColumn, matchNumber(id));
        item->setText(kRoundColumn, roundHeading(m_view->draw, match));
        item->setText(kPlayersReadyColumn, Tr::tr("%1 against %2")
                                               .arg(seededName(*m_view, match.entrantA),
                                                    seededName(*m_view, match.entrantB)));
        item->setText(kRaceColumn, raceText(venue::raceOf(*m_view, id)));
        if (const auto table = m_view->tables.find(id); table != m_view->tables.end()) {
            const auto name = names.find(table->second);
            item->setText(kTableColumn,
                          name == names.end() ? QString::number(table->second) : name->second);
        }
        if (selected == id)
            m_ready->setCurrentItem(item);
    }
    for (int column : {kMatchColumn, kRoundColumn, kRaceColumn, kTableColumn})
        m_ready->resizeColumnToContents(column);
}

void TournamentsWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

TournamentsWindow::Page TournamentsWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

std::optional<int> TournamentsWindow::currentMatch() const
{
    if (!m_view || m_view->draw.matches.empty())
        return std::nullopt;
    return m_bracket->selectedMatch();
}

void TournamentsWindow::updateActions()
{
    const bool shown = m_view.has_value();
    const TournamentState state = shown ? m_view->tournament.state : TournamentState::Cancelled;
    const bool running = state == TournamentState::Running;
    const std::optional<int> id = currentMatch();
    const venue::BracketMatch *match = id ? &m_view->draw.matches.at(size_t(*id)) : nullptr;
    const bool ready = match && !match->decided && match->entrantA && match->entrantB;
    m_editAction->setEnabled(state == TournamentState::SignUp);
    m_cancelAction->setEnabled(state == TournamentState::SignUp || running);
    m_drawAction->setEnabled(state == TournamentState::SignUp);
    m_reopenAction->setEnabled(running && !m_view->started());
    m_printAction->setEnabled(shown && !m_view->draw.matches.empty());
    m_pdfAction->setEnabled(m_printAction->isEnabled());
    m_resultAction->setEnabled(running && ready);
    m_nextTableAction->setEnabled(running && ready);
    m_tableAction->setEnabled(running && match && !match->decided);
    m_takeBackAction->setEnabled(shown && state != TournamentState::Cancelled && match
                                 && match->played());
}

// Problems ------------------------------------------------------------------------------------

void TournamentsWindow::showProblem(const QString &what, const QString &why)
{
    if (m_refusal) {
        *m_refusal = QStringList{what, why}.join(QLatin1Char('\n'));
        return;
    }
    statusBar()->showMessage(what, 10000);
    m_banner->setText(why.isEmpty() ? what : QStringList{what, why}.join(QLatin1Char('\n')));
    m_banner->show();
}

QString TournamentsWindow::problem() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void TournamentsWindow::clearProblem()
{
    m_banner->clear();
    m_banner->hide();
}

bool TournamentsWindow::push(QUndoCommand *edit)
{
    clearProblem();
    const int before = m_undoStack.index();
    m_undoStack.push(edit);
    // A refused edit is dropped by the stack: only one that stayed happened.
    return m_undoStack.index() == before + 1 && m_undoStack.command(before) == edit;
}

// Tournaments ---------------------------------------------------------------------------------

void TournamentsWindow::newTournament()
{
    venue::TournamentSettings settings;
    settings.startsAt = QDateTime(QDate::currentDate(), QTime(19, 0));
    auto *dialog = new TournamentDialog(settings, currencySymbol(), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const std::optional<venue::TournamentSettings> chosen = dialog->settings())
            createTournament(*chosen);
    });
    dialog->open();
}

std::optional<qint64> TournamentsWindow::createTournament(const venue::TournamentSettings &settings)
{
    auto *edit = new CreateTournamentEdit(m_context, settings);
    if (!push(edit))
        return std::nullopt;
    const qint64 id = edit->tournamentId();
    reload();
    selectTournament(id);
    showPage(Page::Entries);
    statusBar()->showMessage(Tr::tr("%1 takes sign-ups: enter its players.").arg(settings.name),
                             8000);
    return id;
}

void TournamentsWindow::editTournament()
{
    if (!m_view || m_view->tournament.state != TournamentState::SignUp)
        return;
    const venue::TournamentSettings before = m_view->tournament.settings;
    const qint64 id = m_view->tournament.id;
    auto *dialog = new TournamentDialog(before, currencySymbol(), false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, id] {
        if (const std::optional<venue::TournamentSettings> after = dialog->settings())
            push(new EditTournamentEdit(m_context, id, before, *after));
    });
    dialog->open();
}

void TournamentsWindow::cancelTournament()
{
    if (!m_view)
        return;
    const QString name = m_view->tournament.settings.name;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, Tr::tr("Cancel Tournament"),
        Tr::tr("Cancel %1? Its entries and results are kept, but it cannot be run again.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    // The desk cannot take a cancel back: not an undoable edit, hence the question.
    if (Result<void> cancelled = m_desk.cancel(m_view->tournament.id, m_context->actor());
        !cancelled) {
        showProblem(Tr::tr("The tournament was not cancelled."), cancelled.error());
        return;
    }
    statusBar()->showMessage(Tr::tr("%1 is cancelled.").arg(name), 8000);
}

// Entries -------------------------------------------------------------------------------------

void TournamentsWindow::enterPlayer(qint64 playerId)
{
    if (!m_view)
        return;
    const qint64 id = m_view->tournament.id;
    const auto entry = std::find_if(m_view->entries.begin(), m_view->entries.end(),
                                    [playerId](const auto &e) { return e.playerId == playerId; });
    bool done = false;
    QString name;
    if (entry != m_view->entries.end()) {
        // Withdrawn or a no-show before: the same entry comes back.
        name = entry->name;
        done = push(new EntryStateEdit(m_context, id, entry->id, entry->name, entry->state,
                                       venue::EntryState::Entered));
    } else {
        const auto player = std::find_if(m_model.players().begin(), m_model.players().end(),
                                         [playerId](const auto &p) { return p.id == playerId; });
        name = player == m_model.players().end() ? QString::number(playerId) : player->name;
        done = push(
            new EnterPlayerEdit(m_context, id, playerId, name, m_view->tournament.settings.name));
    }
    if (done) {
        m_entries->searchBox()->clear();
        statusBar()->showMessage(Tr::tr("%1 is entered.").arg(name), 5000);
    }
}

void TournamentsWindow::stateRequested(qint64 entryId, venue::EntryState state)
{
    if (!m_view)
        return;
    const auto entry = std::find_if(m_view->entries.begin(), m_view->entries.end(),
                                    [entryId](const auto &e) { return e.id == entryId; });
    if (entry == m_view->entries.end() || entry->state == state)
        return;
    push(new EntryStateEdit(m_context, m_view->tournament.id, entryId, entry->name, entry->state,
                            state));
}

void TournamentsWindow::paidRequested(qint64 entryId, bool paid)
{
    if (!m_view)
        return;
    const auto entry = std::find_if(m_view->entries.begin(), m_view->entries.end(),
                                    [entryId](const auto &e) { return e.id == entryId; });
    if (entry != m_view->entries.end())
        push(new PaidEdit(m_context, m_view->tournament.id, entryId, entry->name, paid));
}

void TournamentsWindow::moveRequested(qint64 entryId, bool up)
{
    if (!m_view)
        return;
    std::vector<qint64> before = m_entries->shownOrder();
    const auto at = std::find(before.begin(), before.end(), entryId);
    if (at == before.end() || (up && at == before.begin()) || (!up && at + 1 == before.end()))
        return;
    std::vector<qint64> after = before;
    const auto index = at - before.begin();
    std::iter_swap(after.begin() + index, after.begin() + index + (up ? -1 : 1));
    const auto entry = std::find_if(m_view->entries.begin(), m_view->entries.end(),
                                    [entryId](const auto &e) { return e.id == entryId; });
    push(new HandOrderEdit(m_context, m_view->tournament.id, entry->name, before, after, up));
    m_entries->selectEntry(entryId);
}

void TournamentsWindow::makeDraw()
{
    if (!m_view || m_view->tournament.state != TournamentState::SignUp)
        return;
    std::vector<std::pair<qint64, venue::EntryState>> states;
    for (const venue::TournamentEntry &entry : m_view->entries)
        states.emplace_back(entry.id, entry.state);
    const std::vector<qint64> handOrder = m_view->tournament.settings.seedByRating
                                              ? std::vector<qint64>()
                                              : m_entries->shownOrder();
    if (push(new StartEdit(m_context, m_view->tournament.id, m_view->tournament.settings.name,
                           handOrder, states))) {
        showPage(Page::Bracket);
        m_bracket->setFocus();
        statusBar()->showMessage(Tr::tr("The draw is made: put the first matches on tables (T) "
                                        "and enter their results (Enter)."),
                                 10000);
    }
}

void TournamentsWindow::reopenSignUp()
{
    if (!m_view || m_view->tournament.state != TournamentState::Running)
        return;
    std::vector<qint64> seeds;
    for (const int entry : m_view->drawn)
        seeds.push_back(m_view->entries.at(size_t(entry)).id);
    if (push(new ReopenEdit(m_context, m_view->tournament.id, m_view->tournament.settings.name,
                            seeds)))
        showPage(Page::Entries);
}

// Matches -------------------------------------------------------------------------------------

ResultDialog *TournamentsWindow::openResultDialog(std::optional<int> matchId)
{
    if (!matchId)
        matchId = currentMatch();
    if (!m_view || !matchId || m_view->tournament.state != TournamentState::Running)
        return nullptr;
    const venue::BracketMatch &match = m_view->draw.matches.at(size_t(*matchId));
    if (match.decided || !match.entrantA || !match.entrantB) {
        statusBar()->showMessage(Tr::tr("%1 is not ready for a result.").arg(matchNumber(*matchId)),
                                 8000);
        return nullptr;
    }
    if (m_resultDialog)
        m_resultDialog->close();
    const int id = *matchId;
    m_resultDialog = new ResultDialog(
        *m_view, id,
        [this, id](int winner, int racksA, int racksB) {
            return recordResult(id, winner, racksA, racksB);
        },
        this);
    m_resultDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_resultDialog, &QDialog::finished, m_bracket, [this] { m_bracket->setFocus(); });
    m_resultDialog->open();
    return m_resultDialog;
}

Result<void> TournamentsWindow::recordResult(int matchId, int winner, int racksA, int racksB)
{
    if (!m_view)
        return Unexpected(Tr::tr("No tournament is shown."));
    QString refusal;
    m_refusal = &refusal;
    const bool done = push(new ResultEdit(m_context, m_view->tournament.id, matchId, winner, racksA,
                                          racksB, matchLabel(matchId)));
    m_refusal = nullptr;
    if (!done)
        return Unexpected(refusal.isEmpty() ? Tr::tr("The result was not recorded.") : refusal);
    statusBar()->showMessage(
        Tr::tr("The result of %1 is recorded; Ctrl+Z takes it back.").arg(matchNumber(matchId)),
        8000);
    return {};
}

std::vector<qint64> TournamentsWindow::freeTables() const
{
    std::vector<qint64> free;
    for (const venue::Table &table : m_model.tables()) {
        if (table.status == venue::TableStatus::Free)
            free.push_back(table.id);
    }
    return free;
}

void TournamentsWindow::nextFreeTable(std::optional<int> matchId)
{
    if (!matchId)
        matchId = currentMatch();
    if (!m_view || !matchId || m_view->tournament.state != TournamentState::Running)
        return;
    const venue::BracketMatch &match = m_view->draw.matches.at(size_t(*matchId));
    if (match.decided || !match.entrantA || !match.entrantB) {
        statusBar()->showMessage(Tr::tr("%1 is not ready to play.").arg(matchNumber(*matchId)),
                                 8000);
        return;
    }
    const auto current = m_view->tables.find(*matchId);
    const std::optional<qint64> before
        = current == m_view->tables.end() ? std::nullopt : std::optional(current->second);
    const std::vector<qint64> free = freeTables();
    if (free.empty()) {
        showProblem(Tr::tr("The match was not given a table."),
                    Tr::tr("No table of the floor is free now; choose one by hand with Table…."));
        return;
    }
    auto *edit = new TableEdit(m_context, m_view->tournament.id, *matchId, before, free,
                               Tr::tr("Put %1 on the Next Free Table").arg(matchNumber(*matchId)));
    if (push(edit) && edit->table()) {
        const TableNames names = tableNames();
        const auto name = names.find(*edit->table());
        statusBar()->showMessage(
            Tr::tr("%1 plays on %2.")
                .arg(matchLabel(*matchId),
                     name == names.end() ? QString::number(*edit->table()) : name->second),
            8000);
    }
}

void TournamentsWindow::chooseTable()
{
    const std::optional<int> matchId = currentMatch();
    if (!m_view || !matchId)
        return;
    const auto current = m_view->tables.find(*matchId);
    const std::optional<qint64> before
        = current == m_view->tables.end() ? std::nullopt : std::optional(current->second);
    QStringList items{Tr::tr("No table")};
    std::vector<std::optional<qint64>> ids{std::nullopt};
    int currentRow = 0;
    for (const venue::Table &table : m_model.tables()) {
        items.append(Tr::tr("%1 (%2)").arg(table.name, venue::tableStatusName(table.status)));
        ids.emplace_back(table.id);
        if (before == table.id)
            currentRow = int(ids.size()) - 1;
    }
    bool chosen = false;
    const QString item = QInputDialog::getItem(
        this, Tr::tr("Table for %1").arg(matchNumber(*matchId)),
        Tr::tr("Where %1 is played:").arg(matchLabel(*matchId)), items, currentRow, false, &chosen);
    if (!chosen)
        return;
    const std::optional<qint64> after = ids.at(size_t(items.indexOf(item)));
    if (after == before)
        return;
    push(new TableEdit(m_context, m_view->tournament.id, *matchId, before, after,
                       after ? Tr::tr("Put %1 on %2").arg(matchNumber(*matchId), item)
                             : Tr::tr("Take %1 off Its Table").arg(matchNumber(*matchId))));
}

void TournamentsWindow::takeBackResult()
{
    const std::optional<int> matchId = currentMatch();
    if (!m_view || !matchId)
        return;
    const venue::BracketMatch &match = m_view->draw.matches.at(size_t(*matchId));
    if (!match.played())
        return;
    if (push(new TakeBackEdit(m_context, m_view->tournament.id, *matchId, *match.winner,
                              match.racksA, match.racksB, matchLabel(*matchId))))
        statusBar()->showMessage(Tr::tr("The result of %1 is taken back: enter the right one.")
                                     .arg(matchNumber(*matchId)),
                                 8000);
}

// Printing ------------------------------------------------------------------------------------

void TournamentsWindow::print()
{
    if (!m_view || m_view->draw.matches.empty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(Tr::tr("Print Bracket"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<void> printed = paintBracketPage(printer, *m_view, tableNames()); !printed) {
        showProblem(Tr::tr("The bracket was not printed."), printed.error());
        return;
    }
    statusBar()->showMessage(
        Tr::tr("Sent the bracket of %1 to the printer.").arg(m_view->tournament.settings.name),
        8000);
}

Result<void> TournamentsWindow::saveAsPdf(const QString &file) const
{
    if (!m_view || m_view->draw.matches.empty())
        return Unexpected(Tr::tr("There is no bracket to save: the draw is not made."));
    return writeBracketPdf(*m_view, tableNames(), file);
}

void TournamentsWindow::choosePdfFile()
{
    if (!m_view || m_view->draw.matches.empty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString file = QFileDialog::getSaveFileName(
        this, Tr::tr("Save Bracket as PDF"),
        QDir(folder).filePath(fileNameOf(m_view->tournament.settings.name)
                              + QStringLiteral(".pdf")),
        Tr::tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    if (Result<void> saved = saveAsPdf(file); !saved) {
        showProblem(Tr::tr("The bracket was not saved."), saved.error());
        return;
    }
    statusBar()->showMessage(Tr::tr("Saved the bracket in %1.").arg(QDir::toNativeSeparators(file)),
                             8000);
}

} // namespace dojo::ui
