#include "tabletime/checkoutdialog.h"

#include "common/uitr.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dojo::ui {

CheckoutDialog::CheckoutDialog(const venue::Receipt &preview, Checkout checkout, QWidget *parent)
    : QDialog(parent)
    , m_receipt(preview)
    , m_checkout(std::move(checkout))
{
    setObjectName(QStringLiteral("checkoutDialog"));
    setWindowTitle(Tr::tr("Check Out"));

    m_paper = new QLabel(this);
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_paper->setTextFormat(Qt::RichText);
    m_paper->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paper->setAutoFillBackground(true);
    QPalette paper = m_paper->palette();
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::WindowText, Qt::black);
    m_paper->setPalette(paper);
    m_paper->setFrameShape(QFrame::Box);
    m_paper->setMargin(14);
    m_paper->setMinimumWidth(340);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("checkoutOutcome"));
    m_outcome->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_checkoutButton = buttons->addButton(Tr::tr("&Check Out"), QDialogButtonBox::AcceptRole);
    m_checkoutButton->setObjectName(QStringLiteral("checkOut"));
    m_printButton = buttons->addButton(Tr::tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printReceipt"));
    m_pdfButton = buttons->addButton(Tr::tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("saveReceiptPdf"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(m_checkoutButton, &QPushButton::clicked, this, [this] {
        if (Result<void> done = checkOut(); !done)
            showOutcome(done.error(), true);
    });
    connect(m_printButton, &QPushButton::clicked, this, &CheckoutDialog::choosePrinter);
    connect(m_pdfButton, &QPushButton::clicked, this, &CheckoutDialog::choosePdfFile);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_paper);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    showReceipt();
}

print::ReceiptSheet CheckoutDialog::sheetOf(const venue::Receipt &receipt)
{
    print::ReceiptSheet sheet;
    sheet.venue = receipt.venueName;
    sheet.title = receipt.title();
    sheet.details.append(QLocale().toString(receipt.from.date(), QLocale::LongFormat));
    sheet.details.append(receipt.member ? Tr::tr("Guest: %1 (member)").arg(receipt.guest)
                                        : Tr::tr("Guest: %1").arg(receipt.guest));
    for (const venue::ReceiptLine &line : receipt.lines)
        sheet.lines.push_back({line.label, line.cents ? receipt.money(*line.cents) : QString()});
    sheet.totalLabel = Tr::tr("Total");
    sheet.total = receipt.money(receipt.totalCents);
    return sheet;
}

void CheckoutDialog::showReceipt()
{
    const print::ReceiptSheet sheet = sheetOf(m_receipt);
    QString html = QStringLiteral("<div align='center'><b style='font-size:large'>%1</b><br>%2"
                                  "</div><p>%3</p><hr><table width='100%'>")
                       .arg(sheet.venue.toHtmlEscaped(), sheet.title.toHtmlEscaped(),
                            sheet.details.join(QStringLiteral("\n"))
                                .toHtmlEscaped()
                                .replace(QStringLiteral("\n"), QStringLiteral("<br>")));
    for (const print::ReceiptSheetLine &line : sheet.lines) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), line.amount.toHtmlEscaped());
    }
    html += QStringLiteral("</table><hr><table width='100%'><tr><td><b>%1</b></td>"
                           "<td align='right'><b>%2</b></td></tr></table>")
                .arg(sheet.totalLabel.toHtmlEscaped(), sheet.total.toHtmlEscaped());
    m_paper->setText(html);

    const bool issued = isIssued();
    m_checkoutButton->setVisible(!issued);
    m_printButton->setEnabled(issued);
    m_pdfButton->setEnabled(issued);
    if (issued) {
        m_printButton->setDefault(true);
        m_printButton->setFocus();
    } else {
        m_checkoutButton->setDefault(true);
        m_checkoutButton->setFocus();
        showOutcome(Tr::tr("The time runs until you check out."), false);
    }
}

Result<void> CheckoutDialog::checkOut()
{
    if (isIssued())
        return {};
    Result<venue::Receipt> issued
        = m_checkout
              ? m_checkout()
              : Result<venue::Receipt>(Unexpected(Tr::tr("This receipt cannot be issued here.")));
    if (!issued)
        return Unexpected(issued.error());
    m_receipt = std::move(*issued);
    showReceipt();
    showOutcome(Tr::tr("Checked out: %1 issued.").arg(m_receipt.title()), false);
    return {};
}

Result<void> CheckoutDialog::printOn(QPrinter &printer) const
{
    return print::paintReceipt(printer, sheetOf(m_receipt));
}

Result<void> CheckoutDialog::saveAsPdf(const QString &file) const
{
    return print::writeReceiptPdf(sheetOf(m_receipt), file);
}

void CheckoutDialog::choosePrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(Tr::tr("Print Receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Result<void> printed = printOn(printer); !printed) {
        showOutcome(printed.error(), true);
        return;
    }
    showOutcome(Tr::tr("Sent %1 to the printer.").arg(m_receipt.title()), false);
}

void CheckoutDialog::choosePdfFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString file = QFileDialog::getSaveFileName(
        this, Tr::tr("Save Receipt as PDF"),
        QDir(folder).filePath(Tr::tr("receipt-%1.pdf").arg(m_receipt.number)),
        Tr::tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    if (Result<void> saved = saveAsPdf(file); !saved) {
        showOutcome(saved.error(), true);
        return;
    }
    showOutcome(Tr::tr("Saved %1 in %2.").arg(m_receipt.title(), QDir::toNativeSeparators(file)),
                false);
}

void CheckoutDialog::showOutcome(const QString &text, bool failed)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace dojo::ui
