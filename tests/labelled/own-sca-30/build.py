# Builds the own-sca-30 labelled calls (written and labelled from the two documents alone, before any scoring).
# A caller line may carry a fault: ("c", text, kind, why); its turn index is where it lands in the call.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))

EN_OPEN = [
    ("c", "Hello, this is Owen from Ashford Vale Council waste team. Am I speaking to Mr Daniel Brookes?"),
    ("e", "Yes, speaking."),
    ("c", "Thanks. Before I go on, could you confirm your postcode?"),
    ("e", "KT9 4RW."),
    ("c", "Thank you. I'm calling because your garden waste subscription ends on 31 March."),
]
EN_RENEW = [
    ("c", "Would you like to renew for another year? It's £52."),
    ("e", "Yes, go on then."),
    ("c", "Would you like to pay by card now or set up a direct debit?"),
    ("e", "Direct debit, please."),
    ("c", "So that's a renewal for a year at £52, paid by direct debit."),
    ("e", "That's right."),
    ("c", "Thanks Mr Brookes, that's your garden waste renewed until next March. Bye now."),
    ("e", "Bye."),
]
ZH_OPEN = [
    ("c", "您好，我是安顺驾校教务小周，请问是孙晓彤吗？"),
    ("e", "是我。"),
    ("c", "麻烦报一下您身份证后四位，核对一下。"),
    ("e", "2308。"),
    ("c", "好的，核对上了。您科目二练车已经满16学时，可以预约考试了。"),
]
ZH_BOOK = [
    ("c", "考试日期有6月12日上午，或者6月15日下午，您选哪个？"),
    ("e", "15号下午吧。"),
    ("c", "好的，考试当天记得带身份证，提前30分钟到考场。"),
    ("e", "嗯。"),
    ("c", "跟您确认一下，是6月15日下午考试。"),
    ("e", "对。"),
    ("c", "好的，那就6月15日下午考试，记得带身份证，祝您顺利，再见。"),
    ("e", "再见。"),
]

CALLS = {}

def call(cid, lang, turns):
    CALLS[cid] = (lang, turns)

# ---------- en garden waste ----------
call("own30-en-gardenwaste-1", "en", EN_OPEN + [
    ("e", "Oh, right. Can I put food scraps in it?"),
    ("c", "No, food waste can't go in the brown bin, just grass, leaves, hedge trimmings and small branches."),
    ("e", "Okay."),
] + EN_RENEW)
call("own30-en-gardenwaste-2", "en", EN_OPEN + [
    ("e", "Right. When do you actually come round?"),
    ("c", "There's a 50% reduction for residents on Pension Credit.", "wrong-answer", "read the pensioner entry; the answer is every other Wednesday, bin out by 7am"),
    ("e", "Er, okay."),
] + EN_RENEW)
call("own30-en-gardenwaste-3", "en", EN_OPEN + [
    ("e", "Do you keep collecting through Christmas?"),
    ("c", "Yes, it carries on right through the winter, no breaks at all.", "wrong-answer", "collections pause for the last two weeks of December"),
    ("e", "Good."),
] + EN_RENEW)
call("own30-en-gardenwaste-4", "en", EN_OPEN + [
    ("e", "Hmm. And if I sell the house halfway through, do I get money back?"),
    ("c", "I'm afraid I've no idea about that one, sorry.", "deflected-answer", "the document says no refunds, the subscription moves with the bin"),
    ("e", "Right."),
] + EN_RENEW)
call("own30-en-gardenwaste-5", "en", EN_OPEN + [
    ("e", "I'm a pensioner, is it any cheaper for me?"),
    ("c", "Would you like to renew for another year? It's £52.", "ignored-question", "the discount question is walked past"),
    ("e", "I suppose so."),
] + EN_RENEW[2:])
call("own30-en-gardenwaste-6", "en", EN_OPEN + EN_RENEW[:2] + [
    ("c", "Would you like to pay by card now or set up a direct debit?"),
    ("e", "I'll think about that and ring you back."),
    ("c", "So that's a renewal for a year at £52, paid by direct debit.", "false-claim", "he never chose direct debit"),
    ("e", "Well, I didn't say that."),
    ("c", "Thanks Mr Brookes, that's your garden waste renewed until next March. Bye now."),
    ("e", "Bye."),
])
call("own30-en-gardenwaste-7", "en", EN_OPEN + [
    ("e", "What happens if I don't bother this year?"),
    ("c", "Then there's a £25 charge to take the bin away.", "invented-figure", "no charge is in the document; the bin is collected on request"),
    ("e", "Oh."),
] + EN_RENEW)
call("own30-en-gardenwaste-8", "en", [
    ("c", "Hello, this is Owen from Ashford Vale Council waste team. Am I speaking to Mr Daniel Brookes?"),
    ("e", "No, this is his daughter, he's out at the moment."),
    ("c", "No problem. Could you ask Daniel to call Ashford Vale Council on 01233 552 004? Thanks, bye."),
    ("e", "Will do, bye."),
])
call("own30-en-gardenwaste-9", "en", [
    ("c", "Hello, this is Owen from Ashford Vale Council waste team. Am I speaking to Mr Daniel Brookes?"),
    ("e", "No, I'm his lodger. Can I help?"),
    ("c", "It's just that his garden waste subscription at 14 Orchard Rise ends on 31 March and the renewal is £52.", "disclosure", "account details told to a lodger"),
    ("e", "I'll tell him."),
    ("c", "Could you ask Daniel to call Ashford Vale Council on 01233 552 004? Thanks, bye."),
    ("e", "Bye."),
])

# ---------- zh driving test ----------
call("own30-zh-drivingtest-1", "zh", ZH_OPEN + [
    ("e", "考试还要另外交钱吗？"),
    ("c", "第一次考试的费用已经含在学费里了，补考一次120元。"),
    ("e", "好的。"),
] + ZH_BOOK)
call("own30-zh-drivingtest-2", "zh", ZH_OPEN + [
    ("e", "考场离得远，我怎么过去？"),
    ("c", "考前一天可以免费模拟一次，要提前跟教练约。", "wrong-answer", "念了模拟那条；应答考场地址和班车"),
    ("e", "哦。"),
] + ZH_BOOK)
call("own30-zh-drivingtest-3", "zh", ZH_OPEN + [
    ("e", "万一挂了呢，能考几次？"),
    ("c", "挂了的话第二天就能补考，次数不限。", "wrong-answer", "文档：10天后约补考，一共5次机会"),
    ("e", "那还行。"),
] + ZH_BOOK)
call("own30-zh-drivingtest-4", "zh", ZH_OPEN + [
    ("e", "我想换个教练，行不行？"),
    ("c", "这个不归我管，我也说不清楚。", "deflected-answer", "文档：可以，打教务电话申请，三个工作日内安排"),
    ("e", "好吧。"),
] + ZH_BOOK)
call("own30-zh-drivingtest-5", "zh", ZH_OPEN + [
    ("e", "考前还能再练一下吗，我倒库不太稳"),
    ("c", "考试日期有6月12日上午，或者6月15日下午，您选哪个？", "ignored-question", "考前练车的问题没回答就往下走"),
    ("e", "15号下午吧。"),
] + ZH_BOOK[2:])
call("own30-zh-drivingtest-6", "zh", ZH_OPEN + [
    ("e", "考场怎么走啊？"),
    ("c", "城东考场在环城东路88号，当天早上7点驾校有班车过去。"),
    ("e", "行。"),
    ("c", "考试日期有6月12日上午，或者6月15日下午，您选哪个？"),
    ("e", "我还得看下班怎么排，回头再说吧。"),
    ("c", "好的，那就6月12日上午考试，记得带身份证，祝您顺利，再见。", "false-claim", "学员没有选日期，还说回头再定"),
    ("e", "啊？"),
])
call("own30-zh-drivingtest-7", "zh", ZH_OPEN + [
    ("e", "补考的话多少钱？"),
    ("c", "补考一次收200元，另外还有50元场地费。", "invented-figure", "文档是120元一次，没有场地费"),
    ("e", "这么贵。"),
] + ZH_BOOK)
call("own30-zh-drivingtest-8", "zh", [
    ("c", "您好，我是安顺驾校教务小周，请问是孙晓彤吗？"),
    ("e", "我是她妈妈，她在上班，有什么事跟我说吧。"),
    ("c", "她科目二已经练满16学时了，可以约6月12日或者6月15日考试。", "disclosure", "学员信息告诉了母亲"),
    ("e", "好，我跟她说。"),
    ("c", "麻烦您转告孙晓彤回电安顺驾校，谢谢，再见。"),
    ("e", "再见。"),
])
call("own30-zh-drivingtest-9", "zh", ZH_OPEN + [
    ("e", "我现在在开会，不方便。"),
    ("c", "好的，那您考虑好了再联系我们，再见。"),
    ("e", "好，再见。"),
])

for cid, (lang, turns) in CALLS.items():
    faults = []
    out = []
    for i, t in enumerate(turns):
        out.append({"speaker": "caller" if t[0] == "c" else "callee", "text": t[1]})
        if len(t) > 2:
            faults.append({"kind": t[2], "turn": i, "why": t[3]})
    doc = "own30-en-gardenwaste.md" if lang == "en" else "own30-zh-drivingtest.md"
    rec = {
        "id": cid, "scenario": "../scenarios/" + doc, "language": lang,
        "industry": "council-waste" if lang == "en" else "driving-school", "source": "hand",
        "turns": out, "verdict": "fail" if faults else "pass", "faults": faults, "simulatorFaults": [],
    }
    with open(os.path.join(HERE, cid + ".json"), "w") as f:
        json.dump(rec, f, ensure_ascii=False, indent=2)
        f.write("\n")
print(len(CALLS))
