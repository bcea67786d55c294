// Finds the base rounds of src/Goen.Core/Seating/CyclicDesignSeed.cs (decision 0017): an exact-cover search
// (Knuth's Algorithm X on bitsets, always branching on the column with fewest rows).
//
//   cc -O2 -o /tmp/golfer-designs scripts/golfer-designs.c
//   /tmp/golfer-designs m L F k T tight limit attempts [B]
//
// People are (x, level) for x in Z_m and L levels, numbered level*m + x, then F fixed points. The search looks for
// B base rounds (default 1) of tables of k whose m cyclic shifts each (x -> x + 1, fixed points staying) plus T
// transversal rounds {(x + o_j, level j)} (random offsets o; needs F = 0 and k = L) seat no pair twice. Columns are
// the people of each base round (each covered once) and the orbits of pairs under the shift (at most once; exactly
// once when tight = 1). Each attempt is seeded by its number and stops after `limit` nodes, so runs are reproducible.
// Runs used for the stored designs (each prints the attempt, the transversal offsets and the base round):
//   7×3×10  /tmp/golfer-designs 7 3 0 3 3 1 100000 100    KTS(21)
//   8×3×11  /tmp/golfer-designs 11 2 2 3 0 0 100000 100   NKTS(24)
//   6×4×7   /tmp/golfer-designs 7 3 3 4 0 0 100000 100
//   7×4×9   /tmp/golfer-designs 7 4 0 4 2 1 100000 100    resolvable (28,4,1)-BIBD
//   9×4×11  /tmp/golfer-designs 11 3 3 4 0 0 100000 100
// Exact-cover search for a cyclic base round: usage x m L F k T tight limit attempts
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
typedef struct { uint64_t w[4]; } bs;
static int B;
static int m,L,F,K,T,N,tight; static long limit, nodes;
static int orb[64][64]; static int norb; static int orbUsedByTrans[256];
static unsigned long long rs; static unsigned rnd(void){ rs^=rs<<13; rs^=rs>>7; rs^=rs<<17; return (unsigned)(rs>>11); }
static int sh(int p,int i){ return p>=m*L?p:(p/m)*m+(p%m+i)%m; }
static bs *rows; static int nrows; static int rowpts[400000][8]; static int rowround[400000];
static bs primary; static int sol[64], nsol;
static int setbit(bs *s,int c){ if(s->w[c>>6]>>(c&63)&1) return 0; s->w[c>>6]|=1ull<<(c&63); return 1; }
static int has(bs s,int c){ return s.w[c>>6]>>(c&63)&1; }
static int disj(bs p,bs q){ for(int i=0;i<4;i++) if(p.w[i]&q.w[i]) return 0; return 1; }
static int rec(int *list,int n,bs cov){
  if(++nodes>limit) return 0;
  int best=-1,bc=1<<30; static int cnt[256];
  memset(cnt,0,sizeof cnt);
  for(int i=0;i<n;i++){ bs r=rows[list[i]]; for(int w=0;w<4;w++){ uint64_t x=r.w[w]; while(x){int c=__builtin_ctzll(x); cnt[64*w+c]++; x&=x-1;} } }
  int any=0;
  for(int c=0;c<256;c++) if(has(primary,c)&&!has(cov,c)){ any=1; if(cnt[c]<bc||(cnt[c]==bc&&rnd()%2)){bc=cnt[c];best=c;} }
  if(!any) return 1;
  if(bc==0) return 0;
  int *cand=malloc(sizeof(int)*bc), nc=0;
  for(int i=0;i<n;i++) if(has(rows[list[i]],best)) cand[nc++]=list[i];
  for(int i=nc-1;i>0;i--){int j=rnd()%(i+1);int z=cand[i];cand[i]=cand[j];cand[j]=z;}
  int *nl=malloc(sizeof(int)*(n+1));
  for(int ci=0;ci<nc;ci++){ bs r=rows[cand[ci]]; int nn=0;
    for(int i=0;i<n;i++){ bs q=rows[list[i]]; if(disj(q,r)) nl[nn++]=list[i]; }
    bs c2=cov; for(int w=0;w<4;w++) c2.w[w]|=r.w[w]; sol[nsol++]=cand[ci];
    if(rec(nl,nn,c2)){ free(cand); free(nl); return 1; }
    nsol--; if(nodes>limit) break; }
  free(cand); free(nl); return 0;
}
int main(int argc,char**argv){
  B=argc>9?atoi(argv[9]):1; m=atoi(argv[1]);L=atoi(argv[2]);F=atoi(argv[3]);K=atoi(argv[4]);T=atoi(argv[5]);tight=atoi(argv[6]);limit=atol(argv[7]); long att=atol(argv[8]);
  N=m*L+F; rows=malloc(sizeof(bs)*400000);
  // orbit ids
  memset(orb,-1,sizeof orb); norb=0;
  for(int a=0;a<N;a++) for(int b=a+1;b<N;b++){ if(orb[a][b]>=0||orb[a][b]==-2) continue;
    int sz=0, bad=0; int seen[64][2]; 
    for(int i=0;i<m;i++){ int x=sh(a,i),y=sh(b,i); if(x>y){int z=x;x=y;y=z;} if(orb[x][y]==N+norb) bad=1; orb[x][y]=N+norb; }
    if(bad){ for(int i=0;i<m;i++){int x=sh(a,i),y=sh(b,i); if(x>y){int z=x;x=y;y=z;} orb[x][y]=-2;} } else norb++; (void)sz;(void)seen; }
  int offs[8][8];
  for(long at=1;at<=att;at++){
    rs=(unsigned long long)at*0x9E3779B97F4A7C15ull+7; nodes=0;
    memset(orbUsedByTrans,0,sizeof orbUsedByTrans); int ok=1;
    for(int t=0;t<T&&ok;t++){ int tries; for(tries=0;tries<1000;tries++){ offs[t][0]=0; for(int j=1;j<L;j++) offs[t][j]=rnd()%m; int bad=0;
        for(int i=0;i<L&&!bad;i++) for(int j=i+1;j<L&&!bad;j++){ int a=i*m+offs[t][i], b=j*m+offs[t][j]; if(orbUsedByTrans[orb[a<b?a:b][a<b?b:a]-N]) bad=1; }
        if(!bad) break; }
      if(tries==1000){ok=0;break;}
      for(int i=0;i<L;i++) for(int j=i+1;j<L;j++){ int a=i*m+offs[t][i], b=j*m+offs[t][j]; orbUsedByTrans[orb[a<b?a:b][a<b?b:a]-N]=1; } }
    if(!ok) continue;
    if(B*N+norb>256){ printf("too many columns %d\n",N+norb); return 2; }
    memset(&primary,0,sizeof primary); for(int c=0;c<B*N;c++) setbit(&primary,c);
    if(tight) for(int o=0;o<norb;o++) if(!orbUsedByTrans[o]) setbit(&primary,B*N+o);
    // rows
    nrows=0; int idx[8];
    for(idx[0]=0;idx[0]<N;idx[0]++){ // enumerate k-subsets
      int d=1; idx[1]=idx[0];
      while(d>0){ idx[d]++; if(idx[d]>=N){ d--; continue; }
        if(d<K-1){ d++; idx[d]=idx[d-1]; continue; }
        for(int bb=0;bb<B;bb++){
        bs r; memset(&r,0,sizeof r); int good=1; for(int i=0;i<K&&good;i++) good=setbit(&r,bb*N+idx[i]);
        for(int i=0;i<K&&good;i++) for(int j=i+1;j<K&&good;j++){ int o=orb[idx[i]][idx[j]]; if(o<0||orbUsedByTrans[o-N]) good=0; else good=setbit(&r,o-N+B*N); }
        if(good){ rowround[nrows]=bb; if(nrows>=400000){printf("rows overflow\n");return 2;} rows[nrows]=r; memcpy(rowpts[nrows],idx,sizeof(int)*K); nrows++; } }
      }
      if(K==1) break; }
    int *list=malloc(sizeof(int)*nrows); for(int i=0;i<nrows;i++) list[i]=i; nsol=0;
    bs cov; memset(&cov,0,sizeof cov);
    if(rec(list,nrows,cov)){ printf("attempt %ld rows %d orbits %d\ntrans",at,nrows,norb); for(int t=0;t<T;t++){printf(" [");for(int j=0;j<L;j++)printf("%d%s",offs[t][j],j<L-1?",":"");printf("]");}
      for(int bb=0;bb<B;bb++){ printf("\nbase"); for(int s=0;s<nsol;s++){ if(rowround[sol[s]]!=bb) continue; printf(" [");for(int i=0;i<K;i++)printf("%d%s",rowpts[sol[s]][i],i<K-1?",":"");printf("]");} } printf("\n"); return 0; }
    free(list);
  }
  printf("none\n"); return 1;
}
