#pragma once

#include <core/result.h>
#include <print/receiptprint.h>
#include <venue/receipt.h>

#include <QDialog>

#include <functional>

class QLabel;
class QPrinter;
class QPushButton;

namespace dojo::ui {

// Checkout at the desk: the receipt as it stands now, Check Out to close the session and
// issue it, then Print… or Save as PDF… for the guest.
class CheckoutDialog : public QDialog
{
    Q_OBJECT

public:
    using Checkout = std::function<Result<venue::Receipt>()>;

    CheckoutDialog(const venue::Receipt &preview, Checkout checkout, QWidget *parent = nullptr);

    const venue::Receipt &receipt() const { return m_receipt; }
    bool isIssued() const { return m_receipt.number > 0; }

    // Closes the session through `checkout` and shows the receipt issued.
    Result<void> checkOut();
    Result<void> printOn(QPrinter &printer) const;
    Result<void> saveAsPdf(const QString &file) const;

    // The receipt as the print module paints it.
    static print::ReceiptSheet sheetOf(const venue::Receipt &receipt);

private:
    void showReceipt();
    void choosePrinter();
    void choosePdfFile();
    void showOutcome(const QString &text, bool failed);

    venue::Receipt m_receipt;
    Checkout m_checkout;
    QLabel *m_paper = nullptr;
    QLabel *m_outcome = nullptr;
    QPushButton *m_checkoutButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace dojo::ui
