#include "tablecards/tablecardsdialog.h"

#include "common/uitr.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dojo::ui {
namespace {

// The preview's size on screen: an A6 card at about a third of its printed size.
constexpr int kPreviewWidth = 280;
constexpr int kPreviewHeight = int(kPreviewWidth * print::kCardHeightMm / print::kCardWidthMm);
// Drawn at twice the screen's size and scaled down smoothly, so the QR code stays crisp.
constexpr int kPreviewDpi = int(2 * kPreviewWidth * 25.4 / print::kCardWidthMm);

} // namespace

TableCardsDialog::TableCardsDialog(std::vector<print::TableCard> cards, QWidget *parent)
    : QDialog(parent)
    , m_cards(std::move(cards))
{
    setObjectName(QStringLiteral("tableCardsDialog"));
    setWindowTitle(Tr::tr("Table Cards"));

    auto *intro = new QLabel(
        Tr::tr("Players scan a table's card with their phone to join its game. Tick the tables "
               "whose cards you want."),
        this);
    intro->setWordWrap(true);

    m_tables = new QListWidget(this);
    m_tables->setObjectName(QStringLiteral("cardTables"));
    for (const print::TableCard &card : m_cards) {
        auto *item = new QListWidgetItem(card.table, m_tables);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(card.shownUrl.isEmpty() ? card.joinUrl : card.shownUrl);
    }
    auto *tablesLabel = new QLabel(Tr::tr("&Tables:"), this);
    tablesLabel->setBuddy(m_tables);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cardPreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewHeight);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    m_layout = new QLabel(this);
    m_layout->setObjectName(QStringLiteral("cardLayout"));
    m_layout->setWordWrap(true);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("cardOutcome"));
    m_outcome->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(Tr::tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printCards"));
    m_save = buttons->addButton(Tr::tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCardsPdf"));
    m_print->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &TableCardsDialog::choosePrinter);
    connect(m_save, &QPushButton::clicked, this, &TableCardsDialog::choosePdfFile);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(tablesLabel);
    listColumn->addWidget(m_tables, 1);
    listColumn->addWidget(m_layout);
    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addWidget(m_preview, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_tables, &QListWidget::currentRowChanged, this, &TableCardsDialog::showPreview);
    connect(m_tables, &QListWidget::itemChanged, this, &TableCardsDialog::updateChoice);
    if (!m_cards.empty())
        m_tables->setCurrentRow(0);
    m_tables->setFocus();
    updateChoice();
    showPreview();
}

std::vector<print::TableCard> TableCardsDialog::chosenCards() const
{
    std::vector<print::TableCard> chosen;
    for (int row = 0; row < m_tables->count(); ++row) {
        if (m_tables->item(row)->checkState() == Qt::Checked)
            chosen.push_back(m_cards[size_t(row)]);
    }
    return chosen;
}

print::CardLayout TableCardsDialog::layoutFor(size_t cardCount)
{
    return cardCount == 1 ? print::CardLayout::OnePerPage : print::CardLayout::Sheet;
}

Result<void> TableCardsDialog::printOn(QPrinter &printer) const
{
    const std::vector<print::TableCard> cards = chosenCards();
    if (cards.empty())
        return Unexpected(Tr::tr("No table is ticked."));
    return print::paintCards(printer, cards, layoutFor(cards.size()));
}

Result<void> TableCardsDialog::saveAsPdf(const QString &file) const
{
    const std::vector<print::TableCard> cards = chosenCards();
    if (cards.empty())
        return Unexpected(Tr::tr("No table is ticked."));
    return print::writeCardsPdf(cards, layoutFor(cards.size()), file);
}

void TableCardsDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(Tr::tr("Print Table Cards"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<void> printed = printOn(printer); !printed) {
        showFailure(Tr::tr("The table cards could not be printed."), printed.error());
        return;
    }
    m_outcome->setText(Tr::tr("Sent %n cards to the printer.", nullptr, int(chosenCards().size())));
}

void TableCardsDialog::choosePdfFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString file = QFileDialog::getSaveFileName(this, Tr::tr("Save Table Cards as PDF"),
                                                QDir(folder).filePath(Tr::tr("table-cards.pdf")),
                                                Tr::tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    if (Result<void> saved = saveAsPdf(file); !saved) {
        showFailure(Tr::tr("The table cards could not be saved."), saved.error());
        return;
    }
    m_outcome->setText(Tr::tr("Saved %n cards in %1.", nullptr, int(chosenCards().size()))
                           .arg(QDir::toNativeSeparators(file)));
}

void TableCardsDialog::showPreview()
{
    const int row = m_tables->currentRow();
    if (row < 0 || size_t(row) >= m_cards.size()) {
        m_preview->setPixmap({});
        m_preview->setText(Tr::tr("This venue has no tables."));
        return;
    }
    const QImage card = print::cardImage(m_cards[size_t(row)], kPreviewDpi);
    if (card.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(Tr::tr("This table's join link is too long for a QR code."));
        return;
    }
    m_preview->setPixmap(QPixmap::fromImage(card.scaled(
        m_preview->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void TableCardsDialog::updateChoice()
{
    const int count = int(chosenCards().size());
    m_print->setEnabled(count > 0);
    m_save->setEnabled(count > 0);
    if (count == 0)
        m_layout->setText(Tr::tr("Tick at least one table."));
    else if (count == 1)
        m_layout->setText(Tr::tr("One card, on an A6 page."));
    else
        m_layout->setText(Tr::tr("%n cards, four to an A4 sheet with cut marks.", nullptr, count));
}

void TableCardsDialog::showFailure(const QString &what, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box.setInformativeText(reason);
    box.exec();
}

} // namespace dojo::ui
