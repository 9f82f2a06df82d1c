// Answers to every question kind: well formed or not, right or not, and the first shown order.
#include <gtest/gtest.h>

#include <algorithm>

#include "fixtures/course_model.hpp"

namespace dl {
namespace {

using test::match_question;
using test::multiple_question;
using test::order_question;
using test::single_question;
using test::true_false_question;

TEST(Answers, FindChoice) {
  const Question q = single_question();
  ASSERT_NE(q.find_choice("b"), nullptr);
  EXPECT_TRUE(q.find_choice("b")->correct);
  EXPECT_EQ(q.find_choice("zzz"), nullptr);
  EXPECT_EQ(q.find_choice(""), nullptr);
}

TEST(Answers, Single) {
  const Question q = single_question();
  EXPECT_TRUE(is_valid_answer(q, {"a"}));
  EXPECT_TRUE(is_valid_answer(q, {"b"}));
  EXPECT_FALSE(is_valid_answer(q, {}));
  EXPECT_FALSE(is_valid_answer(q, {"zzz"}));
  EXPECT_FALSE(is_valid_answer(q, {"a", "b"}));
  EXPECT_TRUE(is_correct(q, {"b"}));
  EXPECT_FALSE(is_correct(q, {"a"}));
  EXPECT_FALSE(is_correct(q, {"b", "b"}));
  EXPECT_FALSE(is_correct(q, {"zzz"}));
}

TEST(Answers, Multiple) {
  const Question q = multiple_question();  // right: namn, adress
  EXPECT_TRUE(is_valid_answer(q, {"namn"}));
  EXPECT_TRUE(is_valid_answer(q, {"adress", "namn", "vader"}));
  EXPECT_FALSE(is_valid_answer(q, {}));
  EXPECT_FALSE(is_valid_answer(q, {"namn", "namn"}));
  EXPECT_FALSE(is_valid_answer(q, {"namn", "zzz"}));
  EXPECT_TRUE(is_correct(q, {"namn", "adress"}));
  EXPECT_TRUE(is_correct(q, {"adress", "namn"}));  // any order
  EXPECT_FALSE(is_correct(q, {"namn"}));            // too few
  EXPECT_FALSE(is_correct(q, {"namn", "adress", "klocka"}));  // one too many
  EXPECT_FALSE(is_correct(q, {"namn", "adress", "adress"}));  // not valid
}

TEST(Answers, TrueFalse) {
  Question q = true_false_question();  // the statement is false
  EXPECT_TRUE(is_valid_answer(q, {"true"}));
  EXPECT_TRUE(is_valid_answer(q, {"false"}));
  EXPECT_FALSE(is_valid_answer(q, {"True"}));
  EXPECT_FALSE(is_valid_answer(q, {"ja"}));
  EXPECT_FALSE(is_valid_answer(q, {}));
  EXPECT_FALSE(is_valid_answer(q, {"true", "false"}));
  EXPECT_TRUE(is_correct(q, {"false"}));
  EXPECT_FALSE(is_correct(q, {"true"}));
  q.true_answer = true;
  EXPECT_TRUE(is_correct(q, {"true"}));
  EXPECT_FALSE(is_correct(q, {"false"}));
}

TEST(Answers, Order) {
  const Question q = order_question();  // tvatta, logga-in, las, skriv
  EXPECT_TRUE(is_valid_answer(q, {"skriv", "las", "logga-in", "tvatta"}));
  EXPECT_FALSE(is_valid_answer(q, {"tvatta", "logga-in", "las"}));                  // one missing
  EXPECT_FALSE(is_valid_answer(q, {"tvatta", "logga-in", "las", "las"}));           // twice
  EXPECT_FALSE(is_valid_answer(q, {"tvatta", "logga-in", "las", "skriv", "las"}));  // too many
  EXPECT_FALSE(is_valid_answer(q, {"tvatta", "logga-in", "las", "zzz"}));           // unknown
  EXPECT_TRUE(is_correct(q, {"tvatta", "logga-in", "las", "skriv"}));
  EXPECT_FALSE(is_correct(q, {"logga-in", "tvatta", "las", "skriv"}));
  Question empty = q;
  empty.items.clear();
  EXPECT_FALSE(is_valid_answer(empty, {}));
}

TEST(Answers, Match) {
  const Question q = match_question();  // larm, kamera, automat
  EXPECT_TRUE(is_valid_answer(q, {"kamera", "automat", "larm"}));
  EXPECT_FALSE(is_valid_answer(q, {"larm", "kamera"}));
  EXPECT_FALSE(is_valid_answer(q, {"larm", "larm", "automat"}));
  EXPECT_FALSE(is_valid_answer(q, {"larm", "kamera", "zzz"}));
  EXPECT_TRUE(is_correct(q, {"larm", "kamera", "automat"}));
  EXPECT_FALSE(is_correct(q, {"larm", "automat", "kamera"}));
  EXPECT_FALSE(is_valid_answer(q, {"larm", "", "automat"}));  // a row not yet paired
}

TEST(Answers, WrongMatchRowsNameEachPairThatIsNotRight) {
  const Question q = match_question();  // larm, kamera, automat
  EXPECT_TRUE(wrong_match_rows(q, {"larm", "kamera", "automat"}).empty());
  EXPECT_EQ(wrong_match_rows(q, {"larm", "automat", "kamera"}), (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(wrong_match_rows(q, {"", "kamera", "automat"}), (std::vector<std::size_t>{0}));  // nothing chosen
  EXPECT_EQ(wrong_match_rows(q, {}), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(Answers, MisplacedOrderStepsAreThePlacesWithTheWrongStep) {
  const Question q = order_question();  // tvatta, logga-in, las, skriv
  EXPECT_TRUE(misplaced_order_steps(q, {"tvatta", "logga-in", "las", "skriv"}).empty());
  EXPECT_EQ(misplaced_order_steps(q, {"logga-in", "tvatta", "las", "skriv"}), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(misplaced_order_steps(q, {"skriv", "las", "logga-in", "tvatta"}), (std::vector<std::size_t>{0, 1, 2, 3}));
  EXPECT_EQ(misplaced_order_steps(q, {"tvatta", "logga-in", "las", "skriv", "extra"}), (std::vector<std::size_t>{4}));
}

TEST(Answers, AnswerOfOneKindIsNotValidForAnother) {
  EXPECT_FALSE(is_valid_answer(single_question(), {"true"}));
  EXPECT_FALSE(is_valid_answer(true_false_question(), {"b"}));
  EXPECT_FALSE(is_valid_answer(order_question(), {"larm", "kamera", "automat"}));
}

std::vector<std::string> ids_of(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& item : q.items) ids.push_back(item.id);
  for (const auto& pair : q.pairs) ids.push_back(pair.id);
  return ids;
}

TEST(InitialOrder, IsAFixedShuffleThatIsNeverTheAnswer) {
  for (const Question& base : {order_question(), match_question()}) {
    // Many ids and every size from 2 up: the first view is a valid answer but never the right one.
    for (std::size_t size = 2; size <= 6; ++size) {
      for (int n = 0; n < 200; ++n) {
        Question q = base;
        q.id = "fraga-" + std::to_string(n);
        if (q.kind == QuestionKind::order) {
          q.items.clear();
          for (std::size_t i = 0; i < size; ++i) q.items.push_back(OrderItem{"i" + std::to_string(i), {}});
        } else {
          q.pairs.clear();
          for (std::size_t i = 0; i < size; ++i) q.pairs.push_back(MatchPair{"p" + std::to_string(i), {}, {}});
        }
        const Answer first = initial_order(q);
        ASSERT_TRUE(is_valid_answer(q, first)) << q.id;
        EXPECT_NE(first, ids_of(q)) << q.id << " size " << size;
        EXPECT_FALSE(is_correct(q, first)) << q.id;
        EXPECT_EQ(initial_order(q), first) << "same question, same order";
      }
    }
  }
}

TEST(InitialOrder, DependsOnTheQuestionId) {
  Question a = order_question();
  Question b = order_question();
  b.id = "q-order-2";
  // Not a promise for every pair of ids, but these two known ids give different orders.
  bool any_differs = false;
  for (int n = 0; n < 10 && !any_differs; ++n) {
    b.id = "annan-" + std::to_string(n);
    any_differs = initial_order(a) != initial_order(b);
  }
  EXPECT_TRUE(any_differs);
}

TEST(InitialOrder, EmptyForOtherKinds) {
  EXPECT_TRUE(initial_order(single_question()).empty());
  EXPECT_TRUE(initial_order(multiple_question()).empty());
  EXPECT_TRUE(initial_order(true_false_question()).empty());
}

}  // namespace
}  // namespace dl
