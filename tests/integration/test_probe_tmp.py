from sqlalchemy import text
from psscript_graphql.seed.demo import seed_database
from psscript_graphql.search.embeddings.features import FeatureHashingProvider
from psscript_graphql.search.embeddings.backfill import backfill_embeddings
from psscript_graphql.search.embeddings.provider import embed_one

QUERIES = ["zzzzqqq", "asdfgh", "xyzzy plugh", "qwertyuiop", "banana smoothie recipe", "backup files", "restart service", "Get-ChildItem", "Get-ChildItme",
           "active directory users", "clean temp files", "event log export", "certificate expiry", "firewall rules", "private vault", "bakup", "disk space report"]

async def test_probe(clean_db):
    await seed_database(clean_db)
    await backfill_embeddings(clean_db, FeatureHashingProvider(), batch_size=50)
    p = FeatureHashingProvider()
    async with clean_db.read() as s:
        n = (await s.execute(text("select count(*) from script_embeddings"))).scalar()
        print("embeddings", n)
        for q in QUERIES:
            e = await embed_one(p, q)
            rows = (await s.execute(text("select 1 - (embedding <=> CAST(:v AS vector)) as sim from script_embeddings order by sim desc"), {"v": str(e.vector)})).scalars().all()
            rows = [float(r) if r == r else float('nan') for r in rows]
            print(f"{q:28} top={rows[:3]} n>0.1={sum(r>0.1 for r in rows)} n>0.2={sum(r>0.2 for r in rows)} n>0.3={sum(r>0.3 for r in rows)}")
