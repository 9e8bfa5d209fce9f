// The interconnection graph of the register: the neighbourhood of a
// processing (hops, links followed both ways, referenced-only processings,
// link kinds, consistency flags, permission) through ProcessingService, and
// its layout (the centre at the origin, no two boxes overlapping, rings
// outwards, the same layout every time).

#include "core/register/RegisterGraph.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "core/register/RegisterGraphLayout.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace habeas;
using namespace habeas::test;

namespace {

// A chain and a star: Payroll -> Mail (interconnection), Mail -> Directory
// (interconnection, referenced only), Vouchers -> Payroll (matching),
// Archives -> Vouchers (interconnection), and Badges alone.
const QString Mail = QStringLiteral("Gestion de la messagerie");
const QString Payroll = QStringLiteral("Paie des agents");
const QString Directory = QStringLiteral("Gestion des annuaires");
const QString Vouchers = QStringLiteral("Titres restaurant");
const QString Archives = QStringLiteral("Archivage des dossiers");
const QString Badges = QStringLiteral("Badges d'accès");

class RegisterGraphTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("graph.habeas"));
        ASSERT_OK(createOfficeVault(m_path, QStringLiteral("Test")));
        signIn(QStringLiteral("dpo"), DpoPassword);
        m_mail = create(Mail, {{LinkKind::Interconnection, Directory}});
        m_payroll = create(Payroll, {{LinkKind::Interconnection, Mail}});
        m_vouchers = create(Vouchers, {{LinkKind::Matching, Payroll}});
        m_archives = create(Archives, {{LinkKind::Interconnection, Vouchers}});
        m_badges = create(Badges, {});
    }

    void signIn(const QString &login, const QString &password)
    {
        m_session.reset();
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        ASSERT_OK(session);
        m_session = std::move(session).value();
    }

    qint64 create(const QString &name, std::vector<ProcessingLink> links)
    {
        Processing p;
        p.name = name;
        p.reference = QStringLiteral("REF-") + name.left(3).toUpper();
        p.securityMeasures = QStringLiteral("Accès nominatifs");
        p.links = std::move(links);
        auto created = ProcessingService(*m_session).create(p);
        EXPECT_OK(created);
        return created ? created->id : 0;
    }

    static QStringList names(const RegisterNeighbourhood &graph)
    {
        QStringList out;
        for (const GraphNode &node : graph.nodes)
            out << node.name;
        return out;
    }

    static const GraphNode &node(const RegisterNeighbourhood &graph, const QString &name)
    {
        for (const GraphNode &one : graph.nodes) {
            if (one.name == name)
                return one;
        }
        static const GraphNode none;
        ADD_FAILURE() << "no node " << qPrintable(name);
        return none;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    qint64 m_mail = 0;
    qint64 m_payroll = 0;
    qint64 m_vouchers = 0;
    qint64 m_archives = 0;
    qint64 m_badges = 0;
};

// Boxes overlap when they share more than an edge.
bool overlap(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 0.01 && common.height() > 0.01;
}

} // namespace

TEST_F(RegisterGraphTest, TwoHopsFollowLinksBothWaysWithTheirKinds)
{
    auto graph = ProcessingService(*m_session).neighbourhood(m_payroll);
    ASSERT_OK(graph);
    EXPECT_EQ(graph->centre, m_payroll);
    // Mail is linked from Payroll, Vouchers links to it; then Directory
    // (from Mail) and Archives (to Vouchers); Badges has no link.
    EXPECT_EQ(names(*graph), (QStringList{Payroll, Mail, Vouchers, Archives, Directory}))
        << "the centre first, then by hops and by name";
    EXPECT_EQ(node(*graph, Payroll).hops, 0);
    EXPECT_EQ(node(*graph, Mail).hops, 1);
    EXPECT_EQ(node(*graph, Vouchers).hops, 1);
    EXPECT_EQ(node(*graph, Directory).hops, 2);
    EXPECT_EQ(node(*graph, Archives).hops, 2);
    EXPECT_EQ(node(*graph, Mail).reference, QStringLiteral("REF-GES"));
    const qint64 directory = node(*graph, Directory).id;
    const std::vector<GraphEdge> expected{{m_payroll, m_mail, LinkKind::Interconnection},
                                          {m_mail, directory, LinkKind::Interconnection},
                                          {m_vouchers, m_payroll, LinkKind::Matching},
                                          {m_archives, m_vouchers, LinkKind::Interconnection}};
    EXPECT_EQ(graph->edges, expected) << "each link once, from where it is written, with its kind";

    auto one = ProcessingService(*m_session).neighbourhood(m_payroll, 1);
    ASSERT_OK(one);
    EXPECT_EQ(names(*one), (QStringList{Payroll, Mail, Vouchers}));
    EXPECT_EQ(one->edges.size(), 2u);
    auto three = ProcessingService(*m_session).neighbourhood(m_archives, 3);
    ASSERT_OK(three);
    EXPECT_EQ(names(*three), (QStringList{Archives, Vouchers, Payroll, Mail}));
    EXPECT_EQ(ProcessingService(*m_session).neighbourhood(m_archives, 0)->nodes.size(), 2u) << "one hop at least";
    auto alone = ProcessingService(*m_session).neighbourhood(m_badges);
    ASSERT_OK(alone);
    EXPECT_EQ(names(*alone), QStringList{Badges});
    EXPECT_TRUE(alone->edges.empty());
}

TEST_F(RegisterGraphTest, ReferencedOnlyNodesAndFlagsAreThere)
{
    auto graph = ProcessingService(*m_session).neighbourhood(m_mail);
    ASSERT_OK(graph);
    const GraphNode &directory = node(*graph, Directory);
    EXPECT_FALSE(directory.described);
    EXPECT_TRUE(directory.flags.empty()) << "a referenced-only processing has no flag of its own";
    EXPECT_TRUE(node(*graph, Payroll).described);
    const GraphNode &mail = node(*graph, Mail);
    ASSERT_EQ(mail.flags.size(), 1u);
    EXPECT_EQ(mail.flags.front().kind, ConsistencyKind::UndescribedLink);
    EXPECT_EQ(mail.flags.front().detail, Directory);
    EXPECT_FALSE(mail.flags.front().sentence.isEmpty());
    EXPECT_TRUE(node(*graph, Payroll).flags.empty());

    // Retention longer in Vouchers than in Payroll, which it links to: a
    // flag read from the linked processing's categories too.
    auto payroll = ProcessingService(*m_session).find(m_payroll);
    ASSERT_OK(payroll);
    payroll->dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Un an"), 365}};
    ASSERT_OK(ProcessingService(*m_session).update(*payroll));
    auto vouchers = ProcessingService(*m_session).find(m_vouchers);
    ASSERT_OK(vouchers);
    vouchers->dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Deux ans"), 730}};
    ASSERT_OK(ProcessingService(*m_session).update(*vouchers));
    auto around = ProcessingService(*m_session).neighbourhood(m_archives, 1);
    ASSERT_OK(around);
    const GraphNode &inGraph = node(*around, Vouchers);
    ASSERT_EQ(inGraph.flags.size(), 1u) << "Payroll is outside this graph but its retention still counts";
    EXPECT_EQ(inGraph.flags.front().kind, ConsistencyKind::LongerRetention);

    // Described, the referenced-only processing is described in the graph
    // and Mail's flag is gone.
    auto described = ProcessingService(*m_session).find(directory.id);
    ASSERT_OK(described);
    described->securityMeasures = QStringLiteral("Chiffrement");
    ASSERT_OK(ProcessingService(*m_session).update(*described));
    auto after = ProcessingService(*m_session).neighbourhood(m_mail);
    ASSERT_OK(after);
    EXPECT_TRUE(node(*after, Directory).described);
    EXPECT_TRUE(node(*after, Mail).flags.empty());
}

TEST_F(RegisterGraphTest, ReadingNeedsViewRegisterAndAProcessing)
{
    EXPECT_EQ(ProcessingService(*m_session).neighbourhood(987654).error().code, ErrorCode::NotFound);
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_OK(ProcessingService(*m_session).neighbourhood(m_mail));
    signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(ProcessingService(*m_session).neighbourhood(m_mail).error().code, ErrorCode::PermissionDenied);
}

// A larger neighbourhood built by hand: a centre with 12 neighbours, each
// with 0–3 of their own, some linked across.
TEST(RegisterGraphLayoutTest, TheCentreIsAtTheOriginAndNoBoxesOverlap)
{
    std::vector<GraphNode> rows;
    std::vector<GraphEdge> edges;
    qint64 next = 1;
    const auto add = [&](const QString &name) {
        GraphNode node;
        node.id = next++;
        node.name = name;
        rows.push_back(node);
        return node.id;
    };
    const qint64 centre = add(QStringLiteral("Centre"));
    std::vector<qint64> first;
    for (int i = 0; i < 12; ++i) {
        const qint64 id = add(QStringLiteral("Un %1").arg(i, 2, 10, QChar(u'0')));
        first.push_back(id);
        edges.push_back(
            {i % 3 ? centre : id, i % 3 ? id : centre, i % 2 ? LinkKind::Matching : LinkKind::Interconnection});
        for (int j = 0; j < i % 4; ++j)
            edges.push_back({id, add(QStringLiteral("Deux %1-%2").arg(i).arg(j)), LinkKind::Interconnection});
    }
    edges.push_back({first[0], first[7], LinkKind::Interconnection});
    edges.push_back({first[2], first[9], LinkKind::Matching});
    add(QStringLiteral("Trois, hors d'atteinte"));
    edges.push_back({rows.back().id, rows[rows.size() - 2].id, LinkKind::Interconnection});

    const RegisterNeighbourhood graph = RegisterGraph::neighbourhood(centre, rows, edges, 2);
    ASSERT_EQ(graph.nodes.size(), rows.size() - 1) << "the third hop is left out";
    const QSizeF box(200, 60);
    const GraphLayout layout = RegisterGraphLayout::layout(graph, box);
    ASSERT_EQ(layout.boxes.size(), graph.nodes.size());
    EXPECT_EQ(layout.centreOf(0), QPointF(0, 0));
    ASSERT_EQ(layout.rings.size(), 2u);
    EXPECT_GT(layout.rings[1].width(), layout.rings[0].width() + box.width());
    EXPECT_GT(layout.rings[1].height(), layout.rings[0].height() + box.height());
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        EXPECT_EQ(layout.boxes[i].size(), box);
        EXPECT_TRUE(layout.bounds.contains(layout.boxes[i]));
        const QPointF at = layout.boxes[i].center();
        const int hops = graph.nodes[i].hops;
        if (hops > 0) {
            const QSizeF ring = layout.rings[std::size_t(hops) - 1];
            EXPECT_NEAR(std::hypot(at.x() / ring.width(), at.y() / ring.height()), 1, 1e-6) << "on its ring";
        }
        for (std::size_t j = i + 1; j < layout.boxes.size(); ++j)
            EXPECT_FALSE(overlap(layout.boxes[i], layout.boxes[j]))
                << qPrintable(graph.nodes[i].name) << " / " << qPrintable(graph.nodes[j].name);
    }
    // A node of the second ring sits nearer its parent than the opposite
    // side of the ring does.
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        if (graph.nodes[i].hops != 2)
            continue;
        qreal nearest = 1e9;
        for (const GraphEdge &edge : graph.edges) {
            const qint64 other = edge.from == graph.nodes[i].id ? edge.to
                                 : edge.to == graph.nodes[i].id ? edge.from
                                                                : 0;
            const int at = graph.indexOf(other);
            if (at >= 0 && graph.nodes[std::size_t(at)].hops == 1) {
                const QPointF d = layout.centreOf(at) - layout.centreOf(int(i));
                nearest = std::min(nearest, std::hypot(d.x(), d.y()));
            }
        }
        EXPECT_LT(nearest, layout.rings[1].width()) << qPrintable(graph.nodes[i].name);
    }

    const GraphLayout again = RegisterGraphLayout::layout(RegisterGraph::neighbourhood(centre, rows, edges, 2), box);
    EXPECT_EQ(again.boxes, layout.boxes) << "deterministic";
    EXPECT_EQ(again.rings, layout.rings);
}

TEST(RegisterGraphLayoutTest, SmallGraphsStayCompact)
{
    std::vector<GraphNode> rows(3);
    for (int i = 0; i < 3; ++i) {
        rows[std::size_t(i)].id = i + 1;
        rows[std::size_t(i)].name = QStringLiteral("P%1").arg(i);
    }
    const QSizeF box(200, 60);
    const GraphLayout alone = RegisterGraphLayout::layout(RegisterGraph::neighbourhood(1, rows, {}, 2), box);
    ASSERT_EQ(alone.boxes.size(), 1u);
    EXPECT_EQ(alone.bounds, QRectF(-100, -30, 200, 60));
    const GraphLayout pair =
        RegisterGraphLayout::layout(RegisterGraph::neighbourhood(1, rows, {{1, 2, LinkKind::Matching}}, 2), box);
    ASSERT_EQ(pair.boxes.size(), 2u);
    EXPECT_LT(pair.centreOf(1).y(), 0) << "the first neighbour above the centre";
    EXPECT_NEAR(pair.centreOf(1).x(), 0, 0.01);
    EXPECT_FALSE(overlap(pair.boxes[0], pair.boxes[1]));
    EXPECT_LT(pair.rings[0].height(), 3 * box.height()) << "no larger than needed";
}
