// Answers to the five question kinds: which answers are well formed, which are right, and the
// order in which order items and match texts are first shown.
#include <algorithm>
#include <cstdint>
#include <set>

#include "content.hpp"

namespace dl {
namespace {

const char* const kTrue = "true";
const char* const kFalse = "false";

// Every id of `answer` is in `known`, none twice, and all of `known` are used.
bool is_permutation_of(const Answer& answer, const std::vector<std::string>& known) {
  if (known.empty() || answer.size() != known.size()) return false;
  std::vector<std::string> a = answer;
  std::vector<std::string> k = known;
  std::sort(a.begin(), a.end());
  std::sort(k.begin(), k.end());
  return a == k && std::adjacent_find(a.begin(), a.end()) == a.end();
}

std::vector<std::string> item_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& item : q.items) ids.push_back(item.id);
  return ids;
}

std::vector<std::string> pair_ids(const Question& q) {
  std::vector<std::string> ids;
  for (const auto& pair : q.pairs) ids.push_back(pair.id);
  return ids;
}

// FNV-1a: a fixed hash, the same on every platform and in every build (std::hash is not).
std::uint64_t stable_hash(const std::string& text) {
  std::uint64_t h = 14695981039346656037ull;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// splitmix64: a small generator with a fixed sequence for a seed.
std::uint64_t next_random(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A fixed shuffle of `right` by `seed` that is never `right` itself when it has two or more ids:
// a first view that is already the answer would give the point away.
std::vector<std::string> shuffled_but_not_right(const std::vector<std::string>& right, const std::string& seed) {
  std::vector<std::string> out = right;
  std::uint64_t state = stable_hash(seed);
  for (std::size_t i = out.size(); i > 1; --i) {
    const auto j = static_cast<std::size_t>(next_random(state) % i);
    std::swap(out[i - 1], out[j]);
  }
  if (out.size() >= 2 && out == right) std::rotate(out.begin(), out.begin() + 1, out.end());
  return out;
}

}  // namespace

const Choice* Question::find_choice(const std::string& choice_id) const {
  for (const auto& choice : choices) {
    if (choice.id == choice_id) return &choice;
  }
  return nullptr;
}

bool is_valid_answer(const Question& question, const Answer& answer) {
  switch (question.kind) {
    case QuestionKind::single:
      return answer.size() == 1 && question.find_choice(answer[0]) != nullptr;
    case QuestionKind::multiple: {
      if (answer.empty()) return false;
      std::set<std::string> distinct;
      for (const auto& id : answer) {
        if (question.find_choice(id) == nullptr || !distinct.insert(id).second) return false;
      }
      return true;
    }
    case QuestionKind::true_false:
      return answer.size() == 1 && (answer[0] == kTrue || answer[0] == kFalse);
    case QuestionKind::order:
      return is_permutation_of(answer, item_ids(question));
    case QuestionKind::match:
      return is_permutation_of(answer, pair_ids(question));
  }
  return false;
}

bool is_correct(const Question& question, const Answer& answer) {
  if (!is_valid_answer(question, answer)) return false;
  switch (question.kind) {
    case QuestionKind::single:
      return question.find_choice(answer[0])->correct;
    case QuestionKind::multiple: {
      std::set<std::string> correct;
      for (const auto& choice : question.choices) {
        if (choice.correct) correct.insert(choice.id);
      }
      return std::set<std::string>(answer.begin(), answer.end()) == correct;
    }
    case QuestionKind::true_false:
      return answer[0] == (question.true_answer ? kTrue : kFalse);
    case QuestionKind::order:
      return answer == item_ids(question);
    case QuestionKind::match:
      return answer == pair_ids(question);
  }
  return false;
}

std::vector<std::string> initial_order(const Question& question) {
  switch (question.kind) {
    case QuestionKind::order:
      return shuffled_but_not_right(item_ids(question), question.id);
    case QuestionKind::match:
      return shuffled_but_not_right(pair_ids(question), question.id);
    case QuestionKind::single:
    case QuestionKind::multiple:
    case QuestionKind::true_false:
      break;
  }
  return {};
}

std::vector<std::size_t> wrong_match_rows(const Question& question, const Answer& answer) {
  std::vector<std::size_t> rows;
  for (std::size_t row = 0; row < question.pairs.size(); ++row) {
    if (row >= answer.size() || answer[row] != question.pairs[row].id) rows.push_back(row);
  }
  return rows;
}

std::vector<std::size_t> misplaced_order_steps(const Question& question, const Answer& answer) {
  std::vector<std::size_t> places;
  for (std::size_t i = 0; i < answer.size(); ++i) {
    if (i >= question.items.size() || answer[i] != question.items[i].id) places.push_back(i);
  }
  return places;
}

}  // namespace dl
