#pragma once

#include <core/result.h>
#include <print/tablecard.h>

#include <QDialog>

#include <vector>

class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace dojo::ui {

// The venue's table cards, to print or save as a PDF: every table ticked at first, the
// selected table's card shown as it prints. One card prints on an A6 page, several on A4
// sheets of four with cut marks.
class TableCardsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TableCardsDialog(std::vector<print::TableCard> cards, QWidget *parent = nullptr);

    // The ticked cards, in the venue's order.
    std::vector<print::TableCard> chosenCards() const;
    static print::CardLayout layoutFor(size_t cardCount);

    // The ticked cards on this printer (the print dialog's, or a PDF printer in tests).
    Result<void> printOn(QPrinter &printer) const;
    Result<void> saveAsPdf(const QString &file) const;

    // The buttons: ask for a printer or a file, then print or save, telling why when it fails.
    void choosePrinter();
    void choosePdfFile();

    QListWidget *tableList() const { return m_tables; }
    QLabel *preview() const { return m_preview; }
    QLabel *outcome() const { return m_outcome; }

private:
    void showPreview();
    void updateChoice();
    void showFailure(const QString &what, const QString &reason);

    std::vector<print::TableCard> m_cards;
    QListWidget *m_tables = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_layout = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace dojo::ui
