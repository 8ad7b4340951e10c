"""Understanding free text: which offer a question is about, and which language it is in."""

from bot.matching.detect import LanguageDetector
from bot.matching.evaluate import EvalReport, Question, evaluate, evaluate_file, load_questions
from bot.matching.matcher import CONFIDENT, POSSIBLE, Candidate, MatchEntry, Matcher, MatchResult
from bot.matching.normalize import normalize

__all__ = [
    "CONFIDENT",
    "POSSIBLE",
    "Candidate",
    "EvalReport",
    "LanguageDetector",
    "MatchEntry",
    "MatchResult",
    "Matcher",
    "Question",
    "evaluate",
    "evaluate_file",
    "load_questions",
    "normalize",
]
