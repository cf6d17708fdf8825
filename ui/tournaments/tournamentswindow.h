#pragma once

#include "tournaments/tournamentedits.h"
#include "tournaments/tournamenttext.h"

#include <core/result.h>
#include <venue/tournament.h>

#include <QMainWindow>
#include <QPointer>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoCommand;
class QUndoStack;

namespace dojo::venue {
class TournamentDesk;
class VenueModel;
} // namespace dojo::venue

namespace dojo::ui {

class BracketView;
class EntriesPanel;
class ResultDialog;
class StandingsPanel;

// Venue → Tournaments… (Ctrl+T): the venue's tournaments in a window of their own. The list
// (name, date, format, players, state) with New Tournament… and Edit…; the selected
// tournament's page: its entries (Ctrl+1), the bracket (Ctrl+2), the matches ready to play with
// their tables (Ctrl+3) and the standings with payouts (Ctrl+4). Every change is a desk edit on
// the main window's undo stack, done as the member signed in; what the desk refuses is said in
// the window. It reads the desk again when the desk announces a change, and when told
// (reload(): another PC's change).
class TournamentsWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Entries, Bracket, Matches, Standings };

    TournamentsWindow(venue::TournamentDesk &desk, venue::VenueModel &model, QUndoStack &undoStack,
                      EditContext context, QWidget *parent = nullptr);

    // Reads the tournaments and the one shown again.
    void reload();
    void selectTournament(qint64 tournamentId);
    std::optional<qint64> shownTournament() const;
    const std::optional<venue::TournamentView> &view() const { return m_view; }
    void showPage(Page page);
    Page currentPage() const;

    // The tournament's edits, as the menus and buttons do them (the dialogs' parts too).
    void newTournament();  // asks with the tournament dialog
    void editTournament(); // before the draw
    void cancelTournament();
    // A new tournament as New Tournament… makes it after OK; its id when it was created.
    std::optional<qint64> createTournament(const venue::TournamentSettings &settings);
    void enterPlayer(qint64 playerId);
    void makeDraw();
    void reopenSignUp();
    // The selected match's result: the result dialog, open (not modal to the test's loop).
    ResultDialog *openResultDialog(std::optional<int> matchId = std::nullopt);
    Result<void> recordResult(int matchId, int winner, int racksA, int racksB);
    void nextFreeTable(std::optional<int> matchId = std::nullopt);
    void chooseTable();
    void takeBackResult();

    void print();
    void choosePdfFile();
    Result<void> saveAsPdf(const QString &file) const;

    // The venue's free tables in the floor's order: where the next match may go.
    std::vector<qint64> freeTables() const;
    // The selected match: in the bracket, or the ready matches' list.
    std::optional<int> currentMatch() const;

    // Something was not done: said in the window's banner and status bar.
    void showProblem(const QString &what, const QString &why);
    QString problem() const;

    QTreeWidget *tournamentList() const { return m_list; }
    BracketView *bracketView() const { return m_bracket; }
    EntriesPanel *entriesPanel() const { return m_entries; }
    StandingsPanel *standingsPanel() const { return m_standings; }
    QTreeWidget *readyMatches() const { return m_ready; }
    QTabWidget *pages() const { return m_tabs; }

private:
    void createActions();
    void createMenus();
    void fillList(const std::vector<venue::Tournament> &tournaments);
    void showSelected();
    void showView();
    void fillReadyMatches();
    void updateActions();
    void clearProblem();
    bool push(QUndoCommand *edit); // true when it was done and kept
    TableNames tableNames() const;
    QString currencySymbol() const;
    QString matchLabel(int matchId) const;
    void stateRequested(qint64 entryId, venue::EntryState state);
    void paidRequested(qint64 entryId, bool paid);
    void moveRequested(qint64 entryId, bool up);

    venue::TournamentDesk &m_desk;
    venue::VenueModel &m_model;
    QUndoStack &m_undoStack;
    EditContext m_context;
    std::optional<venue::TournamentView> m_view;
    QString *m_refusal = nullptr; // while the result dialog asks: the refusal goes there

    QTreeWidget *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    EntriesPanel *m_entries = nullptr;
    BracketView *m_bracket = nullptr;
    QTreeWidget *m_ready = nullptr;
    StandingsPanel *m_standings = nullptr;
    QPointer<ResultDialog> m_resultDialog;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_drawAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_resultAction = nullptr;
    QAction *m_nextTableAction = nullptr;
    QAction *m_tableAction = nullptr;
    QAction *m_takeBackAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
};

} // namespace dojo::ui
