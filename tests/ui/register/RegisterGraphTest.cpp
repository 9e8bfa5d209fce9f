// The Register page's links graph: it follows the processing chosen; a
// click on a node recentres the graph and chooses that processing in the
// list and the editor; a double click or Enter opens it in the editor's
// tab; "Add to register" on a processing only named by a link opens it
// there and saving it makes it described; a consistency flag drawn on a
// node goes once fixed; the keyboard moves between nodes; the zoom; the
// lock empties the graph.

#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "tests/support/WindowPages.h"
#include "ui/common/MessageBox.h"
#include "ui/register/ProcessingEditor.h"
#include "ui/register/RegisterGraphPanel.h"
#include "ui/register/RegisterGraphView.h"
#include "ui/register/RegisterModel.h"
#include "ui/register/RegisterPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Mail = QStringLiteral("Gestion de la messagerie professionnelle");
const QString Payroll = QStringLiteral("Paie des agents de l'État");
const QString Directory = QStringLiteral("Gestion des annuaires");

class RegisterGraphUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("graphe.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        // Mail names the directory, which nobody described; the payroll
        // matches its data with the mail's and gives a contractor
        // maintenance access with no security measure written.
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(session);
        Processing mail;
        mail.reference = QStringLiteral("DSI-01");
        mail.name = Mail;
        mail.securityMeasures = QStringLiteral("Accès nominatifs");
        mail.links = {{LinkKind::Interconnection, Directory}};
        auto createdMail = ProcessingService(**session).create(mail);
        ASSERT_OK(createdMail);
        m_mail = createdMail->id;
        Processing payroll;
        payroll.reference = QStringLiteral("DBT-02");
        payroll.name = Payroll;
        payroll.recipients = {{QStringLiteral("Prestataire de la paie"), {QStringLiteral("maintenance")}}};
        payroll.links = {{LinkKind::Matching, Mail}};
        auto createdPayroll = ProcessingService(**session).create(payroll);
        ASSERT_OK(createdPayroll);
        m_payroll = createdPayroll->id;
        auto directory = ProcessingService(**session).search(Directory);
        ASSERT_OK(directory);
        ASSERT_EQ(directory->size(), 1u);
        m_directory = directory->front().id;
    }
    void TearDown() override { MessageBox::clearNextAnswer(); }

    std::unique_ptr<MainWindow> onGraph()
    {
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        EXPECT_OK(session);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session).value());
        window->resize(1100, 800);
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        for (Page *page : window->pages()) {
            if (auto *wanted = qobject_cast<RegisterPage *>(page))
                m_page = wanted;
        }
        if (!m_page)
            return nullptr;
        window->showPage(indexOf(*window, m_page));
        m_page->detail()->setCurrentWidget(m_page->graph());
        m_view = m_page->graph()->view();
        return window;
    }

    const GraphNode *node(qint64 id) const
    {
        const int at = m_view->graph().indexOf(id);
        return at < 0 ? nullptr : &m_view->graph().nodes[std::size_t(at)];
    }

    // The tooltip of what is drawn at the middle of a node.
    QString tooltipAt(qint64 id) const
    {
        const QGraphicsItem *item = m_view->itemAt(m_view->viewPointOf(id));
        return item ? item->toolTip() : QString();
    }

    qint64 selectedInList() const
    {
        const QModelIndexList rows = m_page->view()->selectionModel()->selectedRows();
        return rows.isEmpty() ? 0 : rows.front().data(RegisterModel::IdRole).toLongLong();
    }

    void click(qint64 id)
    {
        const QPoint at = m_view->viewPointOf(id);
        ASSERT_TRUE(m_view->viewport()->rect().contains(at)) << "the node is in sight";
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_mail = 0;
    qint64 m_payroll = 0;
    qint64 m_directory = 0;
    RegisterPage *m_page = nullptr;
    RegisterGraphView *m_view = nullptr;
};

} // namespace

TEST_F(RegisterGraphUiTest, AClickRecentresAndChoosesADoubleClickOpens)
{
    auto window = onGraph();
    ASSERT_TRUE(window);
    ASSERT_TRUE(m_page->openProcessing(m_mail));
    EXPECT_EQ(m_view->graph().centre, m_mail);
    ASSERT_EQ(m_view->graph().nodes.size(), 3u);
    EXPECT_EQ(m_view->accessibleName(), QStringLiteral("Graph of the processing's links"));
    EXPECT_TRUE(m_view->accessibleDescription().startsWith(Mail)) << qPrintable(m_view->accessibleDescription());
    ASSERT_TRUE(node(m_directory));
    EXPECT_FALSE(node(m_directory)->described);
    EXPECT_TRUE(tooltipAt(m_directory).contains(QStringLiteral("Not in the register")));
    EXPECT_FALSE(m_page->graph()->describeButton()->isEnabled()) << "the centre is described";

    click(m_payroll);
    EXPECT_EQ(m_view->graph().centre, m_payroll) << "recentred";
    EXPECT_EQ(m_view->viewPointOf(m_payroll), m_view->mapFromScene(QPointF(0, 0))) << "in the middle";
    EXPECT_EQ(m_page->editor()->current().name, Payroll);
    EXPECT_EQ(selectedInList(), m_payroll) << "chosen in the list too";
    EXPECT_EQ(m_page->detail()->currentWidget(), m_page->graph()) << "the graph stays in sight";
    EXPECT_EQ(m_view->graph().nodes.size(), 3u) << "the directory, two links away";

    // A double click: the first click recentres, the second opens.
    const QPoint mail = m_view->viewPointOf(m_mail);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, mail);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, mail);
    EXPECT_EQ(m_page->detail()->currentWidget(), m_page->editor());
    EXPECT_EQ(m_page->editor()->current().name, Mail);
    EXPECT_EQ(selectedInList(), m_mail);
}

TEST_F(RegisterGraphUiTest, AddToRegisterDescribesAndTheFlagGoes)
{
    auto window = onGraph();
    ASSERT_TRUE(window);
    ASSERT_TRUE(m_page->openProcessing(m_mail));
    ASSERT_TRUE(node(m_mail));
    ASSERT_EQ(node(m_mail)->flags.size(), 1u);
    EXPECT_EQ(node(m_mail)->flags.front().kind, ConsistencyKind::UndescribedLink);
    EXPECT_TRUE(tooltipAt(m_mail).contains(QStringLiteral("is not described in the register")))
        << qPrintable(tooltipAt(m_mail));

    // The keyboard goes to the directory; Add to register opens it.
    QPushButton *describe = m_page->graph()->describeButton();
    m_view->setFocus();
    for (int i = 0; i < 3 && m_view->currentId() != m_directory; ++i)
        QTest::keyClick(m_view, Qt::Key_Right);
    ASSERT_EQ(m_view->currentId(), m_directory);
    EXPECT_TRUE(m_view->accessibleDescription().contains(QStringLiteral("not in the register")));
    ASSERT_TRUE(describe->isVisible());
    ASSERT_TRUE(UiDriver::click(describe));
    EXPECT_EQ(m_page->detail()->currentWidget(), m_page->editor());
    EXPECT_EQ(m_page->editor()->current().name, Directory);
    EXPECT_EQ(m_page->editor()->tabs()->currentIndex(), ProcessingEditor::PurposeTab);
    auto *security = UiDriver::byName<QPlainTextEdit>(*m_page->editor(), QStringLiteral("Security measures"));
    if (!security) {
        m_page->editor()->tabs()->setCurrentIndex(ProcessingEditor::SecurityTab);
        security = UiDriver::byName<QPlainTextEdit>(*m_page->editor(), QStringLiteral("Security measures"));
    }
    ASSERT_TRUE(security);
    // Typed, then the field left: the edit is committed.
    security->setFocus();
    security->setPlainText(QStringLiteral("Annuaire en lecture seule"));
    m_page->editor()->findChild<QLineEdit *>(QStringLiteral("processingName"))->setFocus();
    ASSERT_TRUE(UiDriver::click(m_page->editor()->findChild<QPushButton *>(QStringLiteral("processingSave"))));

    m_page->detail()->setCurrentWidget(m_page->graph());
    EXPECT_EQ(m_view->graph().centre, m_directory);
    ASSERT_TRUE(node(m_directory));
    EXPECT_TRUE(node(m_directory)->described) << "described once saved";
    EXPECT_FALSE(tooltipAt(m_directory).contains(QStringLiteral("Not in the register")));
    ASSERT_TRUE(node(m_mail));
    EXPECT_TRUE(node(m_mail)->flags.empty()) << "the flag went with the reason for it";
    EXPECT_FALSE(tooltipAt(m_mail).contains(QStringLiteral("is not described")));
    EXPECT_FALSE(describe->isEnabled());
}

TEST_F(RegisterGraphUiTest, AFlagShownOnTheGraphGoesWhenFixedInTheEditor)
{
    auto window = onGraph();
    ASSERT_TRUE(window);
    ASSERT_TRUE(m_page->openProcessing(m_payroll));
    ASSERT_TRUE(node(m_payroll));
    ASSERT_EQ(node(m_payroll)->flags.size(), 1u);
    EXPECT_EQ(node(m_payroll)->flags.front().kind, ConsistencyKind::MaintenanceWithoutSecurity);
    EXPECT_TRUE(tooltipAt(m_payroll).contains(QStringLiteral("maintenance access")));
    EXPECT_TRUE(m_view->accessibleDescription().contains(QStringLiteral("to look at")))
        << qPrintable(m_view->accessibleDescription());

    // Enter opens the processing the keyboard is on: the payroll.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Return);
    ASSERT_EQ(m_page->detail()->currentWidget(), m_page->editor());
    m_page->editor()->tabs()->setCurrentIndex(ProcessingEditor::SecurityTab);
    auto *security = UiDriver::byName<QPlainTextEdit>(*m_page->editor(), QStringLiteral("Security measures"));
    ASSERT_TRUE(security);
    security->setPlainText(QStringLiteral("Accès du prestataire journalisé"));
    ASSERT_TRUE(m_page->editor()->save());

    m_page->detail()->setCurrentWidget(m_page->graph());
    ASSERT_TRUE(node(m_payroll));
    EXPECT_TRUE(node(m_payroll)->flags.empty());
    EXPECT_FALSE(tooltipAt(m_payroll).contains(QStringLiteral("maintenance access")));
}

TEST_F(RegisterGraphUiTest, ZoomKeysAndTheLock)
{
    auto window = onGraph();
    ASSERT_TRUE(window);
    ASSERT_TRUE(m_page->openProcessing(m_mail));
    m_view->setFocus();
    const qreal fitted = m_view->zoom();
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    const qreal smaller = m_view->zoom();
    EXPECT_LT(smaller, fitted);
    QTest::keyClick(m_view, Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(m_view->zoom(), smaller * 1.5);
    const qreal zoomed = m_view->zoom();
    ASSERT_TRUE(UiDriver::click(m_page->graph()->findChild<QPushButton *>(QStringLiteral("graphZoomOut"))));
    EXPECT_LT(m_view->zoom(), zoomed);
    ASSERT_TRUE(UiDriver::click(m_page->graph()->findChild<QPushButton *>(QStringLiteral("graphFit"))));
    EXPECT_DOUBLE_EQ(m_view->zoom(), fitted);

    // Tab walks the nodes, then leaves the view.
    m_view->setFocus();
    m_view->setCurrent(0);
    QTest::keyClick(m_view, Qt::Key_Tab);
    EXPECT_EQ(m_view->current(), 1);
    QTest::keyClick(m_view, Qt::Key_Tab);
    EXPECT_EQ(m_view->current(), 2);
    QTest::keyClick(m_view, Qt::Key_Tab);
    EXPECT_FALSE(m_view->hasFocus()) << "no keyboard trap";

    m_page->clear();
    EXPECT_TRUE(m_view->graph().nodes.empty());
    EXPECT_EQ(m_page->graph()->centre(), 0);
}
